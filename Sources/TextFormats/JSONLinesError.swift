/// Why a JSON Lines file or one of its lines could not be read.
public enum JSONLinesError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadableFile(path: String, reason: String)

  /// The line holds JSON that is not an object, such as an array; `found` names it.
  case notAnObject(line: Int, found: String)

  /// The line is not valid JSON; `column` counts characters from 1.
  case invalidJSON(line: Int, column: Int, reason: String)

  /// A key appears twice in one object.
  case duplicateKey(line: Int, key: String)

  /// The line is not valid UTF-8.
  case invalidUTF8(line: Int)

  /// What is wrong and what to do.
  public var description: String {
    let advice = "each line must hold one JSON object, such as {\"contact_id\": \"c1\"}"
    switch self {
    case .unreadableFile(let path, let reason):
      return "cannot read \"\(path)\": \(reason); check that the file exists and is readable"
    case .notAnObject(let line, let found):
      return "line \(line): found \(found) where an object was expected; \(advice)"
    case .invalidJSON(let line, let column, let reason):
      return "line \(line), column \(column): \(reason); \(advice)"
    case .duplicateKey(let line, let key):
      return "line \(line): the key \"\(key)\" appears twice; keep only one of them"
    case .invalidUTF8(let line):
      return "line \(line): the text is not valid UTF-8; save the file with UTF-8 encoding"
    }
  }
}
