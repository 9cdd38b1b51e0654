/// A wall-clock date and time (to the second) without a time zone.
///
/// Turning it into an instant needs a zone: see `ZoneRules.instant(of:)`.
public struct CivilDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The calendar date.
  public let date: CivilDate

  /// The hour, 0 to 23.
  public let hour: Int

  /// The minute, 0 to 59.
  public let minute: Int

  /// The second, 0 to 59.
  public let second: Int

  /// Creates a date-time, or returns nil when a part is out of range.
  public init?(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
    else { return nil }

    self.date = date
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// Creates a date-time from its parts, or returns nil when one is out of range.
  public init?(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0
  ) {
    guard let date = CivilDate(year: year, month: month, day: day) else { return nil }

    self.init(date: date, hour: hour, minute: minute, second: second)
  }

  /// Creates the wall time that lies `seconds` after 1970-01-01T00:00:00 on the same clock.
  public init(wallSeconds seconds: Int64) {
    let (days, secondOfDay) = CivilDateTime.split(seconds)
    date = CivilDate(daysSinceEpoch: days)
    hour = secondOfDay / 3600
    minute = secondOfDay / 60 % 60
    second = secondOfDay % 60
  }

  /// Seconds from 1970-01-01T00:00:00 to this wall time, as if both were read in UTC.
  public var wallSeconds: Int64 {
    Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }

  /// The year of the date.
  public var year: Int { date.year }

  /// The month of the date, 1 to 12.
  public var month: Int { date.month }

  /// The day of the month.
  public var day: Int { date.day }

  /// The day of the week of the date.
  public var weekday: CivilWeekday { date.weekday }

  /// The same wall-clock time `days` calendar days later (earlier when negative).
  public func adding(days: Int) -> CivilDateTime {
    CivilDateTime(wallSeconds: wallSeconds + Int64(days) * 86_400)
  }

  /// Splits wall seconds into whole days since 1970-01-01 and the second of that day.
  static func split(_ seconds: Int64) -> (days: Int, secondOfDay: Int) {
    var days = seconds / 86_400
    var rest = seconds % 86_400
    if rest < 0 {
      days -= 1
      rest += 86_400
    }
    return (Int(days), Int(rest))
  }

  /// Orders date-times chronologically.
  public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
    lhs.wallSeconds < rhs.wallSeconds
  }

  /// The date-time as ISO 8601 text without offset, such as "2026-03-29T02:30:00".
  public var description: String {
    let time = CivilDigits.two(hour) + ":" + CivilDigits.two(minute) + ":"
      + CivilDigits.two(second)
    return date.description + "T" + time
  }
}
