/// Why a CSV file or one of its records could not be read.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadableFile(path: String, reason: String)

  /// A quoted field starting on `line` never gets its closing quote.
  case unterminatedQuote(line: Int, field: Int)

  /// A quote appears inside a field that does not start with one.
  case quoteInUnquotedField(line: Int, field: Int)

  /// Something other than a separator or the end of the line follows a closing quote.
  case textAfterClosingQuote(line: Int, field: Int)

  /// A field asked for as text is not valid UTF-8.
  case invalidUTF8(line: Int, field: Int)

  /// The file holds no record, so it has no header row.
  case missingHeader

  /// Required columns are absent from the header row `found`.
  case missingColumns([String], found: [String])

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .unreadableFile(let path, let reason):
      return "cannot read \"\(path)\": \(reason); check that the file exists and is readable"
    case .unterminatedQuote(let line, let field):
      return "line \(line), field \(field): a quoted field starts here but is never closed; "
        + "add the closing quote (a quote inside a quoted field is written \"\")"
    case .quoteInUnquotedField(let line, let field):
      return "line \(line), field \(field): a quote appears inside a field that does not "
        + "start with one; put the whole field in quotes and write the quote as \"\""
    case .textAfterClosingQuote(let line, let field):
      return "line \(line), field \(field): text follows the closing quote of a quoted "
        + "field; put the whole field in quotes and write each quote inside it as \"\""
    case .invalidUTF8(let line, let field):
      return "line \(line), field \(field): the text is not valid UTF-8; save the file "
        + "with UTF-8 encoding"
    case .missingHeader:
      return "the file is empty; its first line must be a header row naming the columns"
    case .missingColumns(let names, let found):
      let noun = names.count == 1 ? "column" : "columns"
      let columns = found.map { "\"\($0)\"" }.joined(separator: ", ")
      return "missing required \(noun) " + names.map { "\"\($0)\"" }.joined(separator: ", ")
        + "; the header row has " + (found.isEmpty ? "no columns" : columns)
        + "; rename a column or map it in the data source settings"
    }
  }
}
