/// How timestamps are written in a data file.
public enum TimestampFormat: Sendable, Hashable, CustomStringConvertible {
  /// ISO 8601: "2026-03-29" (midnight, local), "2026-03-29T02:30:00" (local wall time),
  /// or with an offset: "…Z", "…+02:00", "…+0200", "…+02". `T` or a space between date and
  /// time; seconds optional; a fraction of a second is ignored.
  case iso8601

  /// A date as eight digits, "20260329": midnight, local.
  case compactDate

  /// Seconds since 1970-01-01T00:00:00Z, "1774747800", optionally with a fraction (ignored,
  /// rounding down).
  case epochSeconds

  /// A pattern of YYYY, MM, DD, HH, mm and ss with literal text between, such as
  /// "DD/MM/YYYY HH:mm", read as local wall time. Build it with `init(name:)` to check it.
  case pattern(String)

  /// Reads a format name from settings: "iso8601", "yyyymmdd", "epoch", or a pattern.
  public init(name: String) throws(TimestampFormatError) {
    switch name {
    case "iso8601": self = .iso8601
    case "yyyymmdd": self = .compactDate
    case "epoch": self = .epochSeconds
    default:
      _ = try TimestampPattern(name)
      self = .pattern(name)
    }
  }

  /// The name `init(name:)` reads back.
  public var name: String {
    switch self {
    case .iso8601: return "iso8601"
    case .compactDate: return "yyyymmdd"
    case .epochSeconds: return "epoch"
    case .pattern(let pattern): return pattern
    }
  }

  /// The name.
  public var description: String { name }
}
