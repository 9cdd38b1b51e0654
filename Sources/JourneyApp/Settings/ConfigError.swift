/// A problem in the user's config file; the text names the file and the key.
///
/// The rest of the file still applies, and built-in defaults replace what is wrong.
public enum ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file exists but cannot be read.
  case unreadable(file: String, reason: String)
  /// The file is not a JSON object.
  case invalidJSON(file: String, reason: String)
  /// A key the config does not have.
  case unknownKey(file: String, keyPath: String, known: [String])
  /// A value of the wrong kind or out of range.
  case badValue(file: String, keyPath: String, expected: String)
  /// A config written for a newer program.
  case unsupportedVersion(file: String, version: Int)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "config \(file) cannot be read (\(reason)); defaults apply"
    case .invalidJSON(let file, let reason):
      return "config \(file) is not valid JSON (\(reason)); defaults apply"
    case .unknownKey(let file, let keyPath, let known):
      return "config \(file): unknown key \"\(keyPath)\"; known keys are "
        + known.joined(separator: ", ")
    case .badValue(let file, let keyPath, let expected):
      return "config \(file): \"\(keyPath)\" must be \(expected); the default applies"
    case .unsupportedVersion(let file, let version):
      return "config \(file) has version \(version), newer than this program reads (1); "
        + "defaults apply"
    }
  }
}
