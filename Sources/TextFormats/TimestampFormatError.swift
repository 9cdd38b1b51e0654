/// Why a timestamp format name from settings cannot be used.
public enum TimestampFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The name is neither a known format nor a pattern.
  case unknownFormat(String)

  /// The pattern lacks a date token.
  case missingTokens(pattern: String, tokens: [String])

  /// The pattern uses a token twice.
  case repeatedToken(pattern: String, token: String)

  /// The pattern has minutes without hours, or seconds without minutes.
  case incompleteTime(pattern: String)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .unknownFormat(let name):
      return "unknown timestamp format \"\(name)\"; use \"iso8601\", \"yyyymmdd\", \"epoch\" "
        + "or a pattern built from YYYY, MM, DD, HH, mm and ss such as \"DD/MM/YYYY HH:mm\""
    case .missingTokens(let pattern, let tokens):
      return "timestamp pattern \"\(pattern)\" lacks " + tokens.joined(separator: ", ")
        + "; a pattern needs YYYY, MM and DD (for example \"DD/MM/YYYY\")"
    case .repeatedToken(let pattern, let token):
      return "timestamp pattern \"\(pattern)\" has \(token) twice; use each token once"
    case .incompleteTime(let pattern):
      return "timestamp pattern \"\(pattern)\" has minutes without hours or seconds without "
        + "minutes; write the time as HH, HH:mm or HH:mm:ss"
    }
  }
}
