/// Why a time zone could not be used.
public enum ZoneError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The name is not a time zone this system knows.
  case unknownIdentifier(String)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .unknownIdentifier(let name):
      return "unknown time zone \"\(name)\"; use an IANA name such as \"Europe/Paris\", "
        + "\"America/New_York\" or \"UTC\""
    }
  }
}
