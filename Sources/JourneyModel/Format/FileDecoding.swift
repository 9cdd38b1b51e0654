import TextFormats

/// Parses the text of a workspace file and decodes it, turning every failure into a
/// `FormatError` that names the file.
enum FileDecoding {
  /// `decode` applied to the JSON in `text`.
  static func decode<Value>(
    _ text: String, file: String, _ decode: (JSONNode) throws(FormatError) -> Value
  ) throws(FormatError) -> Value {
    let root: JSONNode
    do {
      root = try JSONParser.parse(text)
    } catch {
      throw FormatError(file: file, at: error.position, error.message)
    }
    do {
      return try decode(root)
    } catch {
      throw error.inFile(file)
    }
  }
}
