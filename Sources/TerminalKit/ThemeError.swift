/// Why a theme could not be loaded; the text names the file and the key path.
///
/// Callers show the message and fall back to the default theme.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(file: String, reason: String)
  /// The file is not valid JSON.
  case invalidJSON(file: String, reason: String)
  /// A value has the wrong JSON type, e.g. a string where an object belongs.
  case wrongType(file: String, keyPath: String, expected: String)
  /// A key that theme files do not have.
  case unknownKey(file: String, keyPath: String, known: [String])
  /// A value that is not allowed for its key.
  case badValue(file: String, keyPath: String, value: String, expected: String)
  /// A theme name that is neither built in nor a file in the themes folder.
  case unknownTheme(name: String, searched: String)

  /// What is wrong and what to do about it.
  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "theme file \"\(file)\" cannot be read (\(reason)); check the path and permissions"
    case .invalidJSON(let file, let reason):
      return "theme file \"\(file)\" is not valid JSON (\(reason)); fix the syntax"
    case .wrongType(let file, let keyPath, let expected):
      return "theme file \"\(file)\": \"\(keyPath)\" must be \(expected)"
    case .unknownKey(let file, let keyPath, let known):
      return "theme file \"\(file)\": unknown key \"\(keyPath)\"; known keys are "
        + known.joined(separator: ", ")
    case .badValue(let file, let keyPath, let value, let expected):
      return "theme file \"\(file)\": \"\(keyPath)\" is \(value); use \(expected)"
    case .unknownTheme(let name, let searched):
      let builtIns = Theme.builtIn.map(\.name).joined(separator: ", ")
      return "no theme \"\(name)\": not built in (\(builtIns)) and no file \"\(searched)\""
    }
  }
}
