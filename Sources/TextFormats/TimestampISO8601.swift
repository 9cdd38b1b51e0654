/// Reads ISO 8601 dates and date-times (extended format) from trimmed bytes.
enum TimestampISO8601 {
  /// The wall time written, and the offset in seconds when one is written.
  struct Reading {
    /// Seconds since 1970-01-01T00:00 on the wall clock of the text.
    var wallSeconds: Int64

    /// The written offset east of UTC, or nil when the text gives none (local time).
    var offset: Int64?
  }

  /// Reads "YYYY-MM-DD", optionally followed by `T` or a space, "HH:mm[:ss[.fff]]" and an
  /// offset (`Z`, `±HH:mm`, `±HHmm`, `±HH`, optionally after one space); nil when invalid.
  static func read(_ bytes: UnsafeRawBufferPointer) -> Reading? {
    var cursor = TimestampCursor(bytes)
    guard let year = cursor.digits(4), cursor.skip(UInt8(ascii: "-")),
      let month = cursor.digits(2), cursor.skip(UInt8(ascii: "-")),
      let day = cursor.digits(2), let date = CivilDate(year: year, month: month, day: day)
    else { return nil }

    let midnight = Int64(date.daysSinceEpoch) * 86_400
    if cursor.isAtEnd { return Reading(wallSeconds: midnight, offset: nil) }

    guard cursor.skip(UInt8(ascii: "T")) || cursor.skip(UInt8(ascii: "t"))
      || cursor.skip(UInt8(ascii: " ")),
      let time = readTime(&cursor)
    else { return nil }

    let wall = midnight + Int64(time)
    if cursor.isAtEnd { return Reading(wallSeconds: wall, offset: nil) }

    _ = cursor.skip(UInt8(ascii: " "))
    guard let offset = readOffset(&cursor), cursor.isAtEnd else { return nil }

    return Reading(wallSeconds: wall, offset: offset)
  }

  /// Reads "HH:mm", "HH:mm:ss" or "HH:mm:ss.fff" as the second of the day.
  private static func readTime(_ cursor: inout TimestampCursor) -> Int? {
    guard let hour = cursor.digits(2), hour < 24, cursor.skip(UInt8(ascii: ":")),
      let minute = cursor.digits(2), minute < 60
    else { return nil }

    var second = 0
    if cursor.skip(UInt8(ascii: ":")) {
      guard let value = cursor.digits(2), value < 60, cursor.skipFraction() else { return nil }
      second = value
    }
    return hour * 3600 + minute * 60 + second
  }

  /// Reads `Z`, `±HH:mm`, `±HHmm` or `±HH` as seconds east of UTC.
  private static func readOffset(_ cursor: inout TimestampCursor) -> Int64? {
    if cursor.skip(UInt8(ascii: "Z")) || cursor.skip(UInt8(ascii: "z")) { return 0 }

    let sign: Int64
    if cursor.skip(UInt8(ascii: "+")) {
      sign = 1
    } else if cursor.skip(UInt8(ascii: "-")) {
      sign = -1
    } else {
      return nil
    }

    guard let hours = cursor.digits(2), hours <= 18 else { return nil }
    var minutes = 0
    if !cursor.isAtEnd {
      _ = cursor.skip(UInt8(ascii: ":"))
      guard let value = cursor.digits(2), value < 60 else { return nil }
      minutes = value
    }
    return sign * Int64(hours * 3600 + minutes * 60)
  }
}
