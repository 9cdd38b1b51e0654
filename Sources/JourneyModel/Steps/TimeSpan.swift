/// An amount of time: minutes and hours are elapsed time; days and weeks are calendar days in
/// the journey's time zone, so they keep the wall-clock time across daylight-saving changes.
public struct TimeSpan: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// How many units.
  public var amount: Int
  /// Which unit.
  public var unit: TimeUnit

  /// Creates a span.
  public init(_ amount: Int, _ unit: TimeUnit) {
    self.amount = amount
    self.unit = unit
  }

  /// The nominal length in minutes (a day counted as 1,440 minutes), for limits.
  public var nominalMinutes: Int {
    let (product, overflow) = amount.multipliedReportingOverflow(by: unit.minutes)
    return overflow ? Int.max : product
  }

  /// "3 days", "1 hour".
  public var description: String {
    "\(amount) " + (amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)
  }

  /// The longest span allowed: 365 days.
  public static let maximumMinutes = 365 * 1440
}

/// A unit of a `TimeSpan`.
public enum TimeUnit: String, CaseIterable, Equatable, Hashable, Sendable {
  /// Elapsed minutes.
  case minutes
  /// Elapsed hours.
  case hours
  /// Calendar days.
  case days
  /// Calendar weeks (7 calendar days).
  case weeks

  /// Reads "minutes", "minute", "min", "hours", "hour", "h", "days", "day", "d", "weeks",
  /// "week", "w" in any case.
  public init?(text: String) {
    switch text.trimmingWhitespace().lowercased() {
    case "minutes", "minute", "min", "mins", "m": self = .minutes
    case "hours", "hour", "h": self = .hours
    case "days", "day", "d": self = .days
    case "weeks", "week", "w": self = .weeks
    default: return nil
    }
  }

  /// Minutes in one unit (nominal for days and weeks).
  public var minutes: Int {
    switch self {
    case .minutes: return 1
    case .hours: return 60
    case .days: return 1440
    case .weeks: return 10080
    }
  }
}
