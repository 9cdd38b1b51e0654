/// A day of the week, numbered as in ISO 8601: Monday is 1, Sunday is 7.
public enum CivilWeekday: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Monday (1).
  case monday = 1
  /// Tuesday (2).
  case tuesday
  /// Wednesday (3).
  case wednesday
  /// Thursday (4).
  case thursday
  /// Friday (5).
  case friday
  /// Saturday (6).
  case saturday
  /// Sunday (7).
  case sunday

  /// The weekday of the date `days` days after 1970-01-01, which was a Thursday.
  public init(daysSinceEpoch days: Int) {
    let mondayBased = ((days + 3) % 7 + 7) % 7
    self = CivilWeekday(rawValue: mondayBased + 1) ?? .monday
  }

  /// Reads an English weekday name or its three-letter abbreviation, in any case.
  public init?(name: String) {
    let key = name.lowercased()
    guard let day = CivilWeekday.allCases.first(where: {
      $0.description.lowercased() == key || $0.description.lowercased().prefix(3) == key
    }) else { return nil }

    self = day
  }

  /// How many days from this weekday forward to `other` (0 to 6).
  public func days(until other: CivilWeekday) -> Int {
    (other.rawValue - rawValue + 7) % 7
  }

  /// The English name, such as "Monday".
  public var description: String {
    switch self {
    case .monday: return "Monday"
    case .tuesday: return "Tuesday"
    case .wednesday: return "Wednesday"
    case .thursday: return "Thursday"
    case .friday: return "Friday"
    case .saturday: return "Saturday"
    case .sunday: return "Sunday"
    }
  }
}
