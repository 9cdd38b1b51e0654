/// A day of the week.
public enum Weekday: String, CaseIterable, Equatable, Sendable {
  /// Monday.
  case monday
  /// Tuesday.
  case tuesday
  /// Wednesday.
  case wednesday
  /// Thursday.
  case thursday
  /// Friday.
  case friday
  /// Saturday.
  case saturday
  /// Sunday.
  case sunday

  /// Reads a weekday name in any case, full or three-letter ("Mon").
  public init?(text: String) {
    let lower = text.trimmingWhitespace().lowercased()
    guard lower.count >= 3,
      let day = Weekday.allCases.first(where: {
        $0.rawValue == lower || String($0.rawValue.prefix(3)) == lower
      })
    else { return nil }
    self = day
  }

  /// ISO 8601 number: Monday 1 ... Sunday 7.
  public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

  /// "Monday".
  public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
