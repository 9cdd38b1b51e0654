import Foundation
import TextFormats

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
    let date = CivilDate(daysSinceEpoch: Int(days))
    let (year, month, day) = (Int64(date.year), Int64(date.month), Int64(date.day))
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
      let date = CivilDate(year: Int(year), month: Int(month), day: Int(day)),
      hour < 24, minute < 60, second < 60
    else { return nil }

    let days = Int64(date.daysSinceEpoch)
    let inDay = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
    return Date(timeIntervalSince1970: Double(days * dayLength + inDay) / 1000)
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
