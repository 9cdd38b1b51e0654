/// A calendar date in the proleptic Gregorian calendar, without a time zone.
///
/// Day arithmetic is pure integer math on days since 1970-01-01, so it is cheap enough
/// for hot loops and never consults Foundation's `Calendar`.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year; year 0 is 1 BC, as in ISO 8601.
  public let year: Int

  /// The month, 1 (January) to 12 (December).
  public let month: Int

  /// The day of the month, 1 to 31.
  public let day: Int

  /// Creates a date, or returns nil when the month or day does not exist (2026-02-29).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month),
      day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
    else { return nil }

    self.init(uncheckedYear: year, month: month, day: day)
  }

  /// Creates a date from parts already known to be valid.
  init(uncheckedYear year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Creates the date that lies `days` days after 1970-01-01 (negative: before it).
  public init(daysSinceEpoch days: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153

    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(uncheckedYear: year, month: month, day: day)
  }

  /// The number of days from 1970-01-01 to this date (negative before it).
  public var daysSinceEpoch: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` calendar days later (earlier when negative).
  public func adding(days: Int) -> CivilDate {
    CivilDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// The day of the week of this date.
  public var weekday: CivilWeekday {
    CivilWeekday(daysSinceEpoch: daysSinceEpoch)
  }

  /// True when `year` has a February 29.
  public static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in a month (0 when the month is not 1 to 12).
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return isLeapYear(year) ? 29 : 28
    default: return 0
    }
  }

  /// Orders dates chronologically.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The date as ISO 8601 text, such as "2026-03-29".
  public var description: String {
    var text = CivilDigits.year(year)
    text += "-" + CivilDigits.two(month) + "-" + CivilDigits.two(day)
    return text
  }
}
