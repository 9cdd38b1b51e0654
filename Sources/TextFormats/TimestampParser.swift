/// Turns timestamp text into instants (seconds since 1970-01-01T00:00:00Z).
///
/// Times without an offset are wall times in `zone`. The parser remembers the offsets of
/// the last 256 local days it saw (by day number modulo 256), so a file whose rows fall on
/// a few months of days, in any order, converts each local time with one subtraction.
/// Blanks around the text are ignored; text that does not fit the format gives nil.
/// Keep one parser per thread: parsing updates its cache.
public struct TimestampParser: Sendable {
  /// The latest instant accepted from epoch seconds: 9999-12-31T23:59:59Z.
  private static let epochLimit: Int64 = 253_402_300_799

  /// The format read.
  public let format: TimestampFormat

  /// The zone of times written without an offset.
  public let zone: ZoneRules

  /// Marks an empty cache slot, or a day whose offset changes.
  private static let none = Int64.min

  /// Days remembered; a power of two.
  private static let cachedDays = 256

  private let pattern: TimestampPattern?

  /// Pairs of (local day start, offset of that whole day or `none`), by day modulo 256.
  private var dayOffsets = [Int64](repeating: TimestampParser.none, count: 2 * cachedDays)

  /// Creates a parser; a `.pattern` that is not a valid pattern makes every parse fail.
  public init(format: TimestampFormat, zone: ZoneRules) {
    self.format = format
    self.zone = zone
    if case .pattern(let text) = format {
      pattern = try? TimestampPattern(text)
    } else {
      pattern = nil
    }
  }

  /// The instant written in `bytes`, or nil when the text does not fit the format.
  public mutating func parse(_ bytes: UnsafeRawBufferPointer) -> Int64? {
    let text = ValueText.trimmed(bytes)
    switch format {
    case .iso8601:
      guard let reading = TimestampISO8601.read(text) else { return nil }
      if let offset = reading.offset { return reading.wallSeconds - offset }
      return localInstant(reading.wallSeconds)
    case .compactDate:
      return TimestampParser.compactDateWallSeconds(text).map { localInstant($0) }
    case .epochSeconds:
      return TimestampParser.epochSeconds(text)
    case .pattern:
      return pattern?.wallSeconds(in: text).map { localInstant($0) }
    }
  }

  /// The instant written in `text`, or nil when it does not fit the format.
  public mutating func parse(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
  }

  /// The instant of a wall time in `zone`, using the cached offset of its day.
  private mutating func localInstant(_ wall: Int64) -> Int64 {
    if let fixed = zone.fixedOffset { return wall - fixed }

    let day = CivilDateTime.split(wall).days
    let dayStart = Int64(day) * 86_400
    let slot = (day & (TimestampParser.cachedDays - 1)) * 2
    if dayOffsets[slot] != dayStart {
      dayOffsets[slot] = dayStart
      dayOffsets[slot + 1] =
        zone.uniformOffset(forWallDayStarting: dayStart) ?? TimestampParser.none
    }

    let offset = dayOffsets[slot + 1]
    return offset == TimestampParser.none ? zone.instant(ofWallSeconds: wall) : wall - offset
  }

  /// Reads "YYYYMMDD" as the wall time of that midnight.
  private static func compactDateWallSeconds(_ text: UnsafeRawBufferPointer) -> Int64? {
    var cursor = TimestampCursor(text)
    guard let year = cursor.digits(4), let month = cursor.digits(2),
      let day = cursor.digits(2), cursor.isAtEnd,
      let date = CivilDate(year: year, month: month, day: day)
    else { return nil }

    return Int64(date.daysSinceEpoch) * 86_400
  }

  /// Reads optionally signed whole seconds with an optional fraction, rounding down.
  private static func epochSeconds(_ text: UnsafeRawBufferPointer) -> Int64? {
    var cursor = TimestampCursor(text)
    let negative = cursor.skip(UInt8(ascii: "-"))
    if !negative { _ = cursor.skip(UInt8(ascii: "+")) }
    guard let whole = cursor.digits(atLeast: 1, atMost: 15) else { return nil }

    var hasFraction = false
    if cursor.skip(UInt8(ascii: ".")) {
      let fraction = cursor.skipDigits()
      guard fraction.count > 0 else { return nil }
      hasFraction = !fraction.allZeros
    }
    guard cursor.isAtEnd, Int64(whole) <= epochLimit else { return nil }

    if negative { return -Int64(whole) - (hasFraction ? 1 : 0) }
    return Int64(whole)
  }
}
