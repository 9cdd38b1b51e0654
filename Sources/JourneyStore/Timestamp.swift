import Foundation

/// Instants stored as ISO-8601 UTC text with milliseconds, `2024-03-01T09:00:00.000Z`.
///
/// The fixed width makes text order the same as time order, so SQL can sort and take the
/// minimum or maximum of the text; SQLite's date functions read it too. Times are rounded to
/// the millisecond and kept within the years 0001 to 9999.
enum Timestamp {
  /// Milliseconds from 1970 to 0001-01-01T00:00:00.000Z.
  private static let earliest: Int64 = -62_135_596_800_000

  /// Milliseconds from 1970 to 9999-12-31T23:59:59.999Z.
  private static let latest: Int64 = 253_402_300_799_999

  /// Milliseconds in a day.
  private static let dayLength: Int64 = 86_400_000

  /// The stored text of `date`.
  static func text(_ date: Date) -> String {
    let exact = (date.timeIntervalSince1970 * 1000).rounded()
    let milliseconds = exact.isNaN ? 0 : Int64(min(max(exact, Double(earliest)), Double(latest)))
    let days = floorDivide(milliseconds, dayLength)
    let (year, month, day) = civilDate(days: days)
    let inDay = milliseconds - days * dayLength

    var bytes = Array("0000-00-00T00:00:00.000Z".utf8)
    let fields: [(value: Int64, end: Int)] = [
      (year, 4), (month, 7), (day, 10), (inDay / 3_600_000, 13), (inDay / 60_000 % 60, 16),
      (inDay / 1000 % 60, 19), (inDay % 1000, 23),
    ]
    for field in fields {
      var value = field.value
      var index = field.end - 1
      while value > 0 {
        bytes[index] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
        index -= 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The instant of stored text, or nil when the text is not in the stored form.
  static func date(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count == 24, bytes[23] == UInt8(ascii: "Z") else { return nil }
    let separators: [(Int, Character)] = [
      (4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "."),
    ]
    for (offset, separator) in separators where bytes[offset] != separator.asciiValue {
      return nil
    }

    guard let year = number(bytes, 0, 4), let month = number(bytes, 5, 2),
      let day = number(bytes, 8, 2), let hour = number(bytes, 11, 2),
      let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
      let millisecond = number(bytes, 20, 3),
      (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
      hour < 24, minute < 60, second < 60
    else { return nil }

    let days = daysSinceEpoch(year: year, month: month, day: day)
    let inDay = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
    return Date(timeIntervalSince1970: Double(days * dayLength + inDay) / 1000)
  }

  /// Year, month and day of the day `days` after 1970-01-01 (proleptic Gregorian calendar).
  private static func civilDate(days: Int64) -> (Int64, Int64, Int64) {
    let shifted = days + 719_468
    let era = floorDivide(shifted, 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// Days from 1970-01-01 to the given date (proleptic Gregorian calendar).
  private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
    let marchYear = month <= 2 ? year - 1 : year
    let era = floorDivide(marchYear, 400)
    let yearOfEra = marchYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The number of days in `month` of `year`.
  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    guard month == 2 else { return [4, 6, 9, 11].contains(month) ? 30 : 31 }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    return leap ? 29 : 28
  }

  /// The decimal number in `count` bytes from `start`, or nil when one is not a digit.
  private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int64? {
    var value: Int64 = 0
    for byte in bytes[start..<start + count] {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int64(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// Division rounding toward minus infinity.
  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return value % divisor < 0 ? quotient - 1 : quotient
  }
}
