import Testing

@testable import TextFormats

@Suite struct TimestampParserTests {
  private let paris: ZoneRules
  private let newYork: ZoneRules

  init() throws {
    paris = try ZoneRules(identifier: "Europe/Paris")
    newYork = try ZoneRules(identifier: "America/New_York")
  }

  private func parse(_ text: String, _ format: TimestampFormat, _ zone: ZoneRules) -> Int64? {
    var parser = TimestampParser(format: format, zone: zone)
    return parser.parse(text)
  }

  @Test(arguments: [
    ("2026-03-29", 1_774_738_800), ("2026-03-29T02:30:00", 1_774_747_800),
    ("2026-03-29 02:30", 1_774_747_800), ("2026-10-25T02:30:00", 1_792_888_200),
    ("2026-03-29T01:00:00Z", 1_774_746_000), ("2026-03-29t01:00:00z", 1_774_746_000),
    ("2026-03-29T03:00:00+02:00", 1_774_746_000), ("2026-03-29T03:00:00+0200", 1_774_746_000),
    ("2026-03-29T03:00:00+02", 1_774_746_000), ("2026-03-28T20:00:00-05:00", 1_774_746_000),
    ("2026-03-29T03:00:00.999+02:00", 1_774_746_000), ("2026-03-29T01:00:00,5Z", 1_774_746_000),
    ("2026-03-29 03:00:00 +02:00", 1_774_746_000), ("2026-03-29T06:30+05:30", 1_774_746_000),
    (" 2026-03-29T01:00:00Z\r\n", 1_774_746_000), ("2026-07-01T12:00:00", 1_782_900_000),
    ("2026-03-29T01:00:00.123456789012345678901234Z", 1_774_746_000),
  ])
  func readsISO8601(text: String, expected: Int64) {
    #expect(parse(text, .iso8601, paris) == expected)
  }

  @Test func readsISO8601DatesInEachZone() {
    #expect(parse("2026-01-15", .iso8601, paris) == 1_768_431_600)
    #expect(parse("2026-01-15", .iso8601, newYork) == 1_768_453_200)
    #expect(parse("2026-01-15", .iso8601, .utc) == 1_768_435_200)
    #expect(parse("2026-01-15T00:00:00Z", .iso8601, newYork) == 1_768_435_200)
    #expect(parse("2026-03-08T02:30", .iso8601, newYork) == 1_772_955_000)
    #expect(parse("2026-11-01T01:30", .iso8601, newYork) == 1_793_511_000)
    #expect(parse("2026-01-15", .iso8601, ZoneRules(fixedOffsetSeconds: 3600)) == 1_768_431_600)
  }

  @Test(arguments: [
    "", "2026-3-29", "2026-02-30", "2026-03-29T25:00", "2026-03-29T24:00:00",
    "2026-03-29T01:60", "2026-03-29T01:00:60", "2026-03-29T01:00:00+2",
    "2026-03-29T01:00:00Zjunk", "29/03/2026", "2026-03-29T", "2026-03-29T01",
    "2026-03-29T01:00:", "2026-03-29T01:00:00.", "2026-03-29T01:00:00+19:00",
    "2026-03-29T01:00:00+02:60", "2026-03-29Z", "2026-03-29x01:00", "20260329",
    "2026-03-29T01:00:00  Z", "1774746000",
  ])
  func rejectsBadISO8601(text: String) {
    #expect(parse(text, .iso8601, paris) == nil)
  }

  @Test func readsCompactDates() {
    #expect(parse("20260329", .compactDate, paris) == 1_774_738_800)
    #expect(parse(" 20260115 ", .compactDate, .utc) == 1_768_435_200)
    #expect(parse("2026032", .compactDate, paris) == nil)
    #expect(parse("20260230", .compactDate, paris) == nil)
    #expect(parse("2026-03-29", .compactDate, paris) == nil)
    #expect(parse("202603290", .compactDate, paris) == nil)
  }

  @Test func readsEpochSeconds() {
    #expect(parse("1774746000", .epochSeconds, paris) == 1_774_746_000)
    #expect(parse("1774746000.75", .epochSeconds, paris) == 1_774_746_000)
    #expect(parse("+5", .epochSeconds, paris) == 5)
    #expect(parse("-1", .epochSeconds, paris) == -1)
    #expect(parse("-1.5", .epochSeconds, paris) == -2)
    #expect(parse("-1.000", .epochSeconds, paris) == -1)
    #expect(parse("253402300799", .epochSeconds, paris) == 253_402_300_799)
    for bad in ["", "1e9", "12a", "1.", ".5", "-", "253402300800", "1234567890123456", "1,5"] {
      #expect(parse(bad, .epochSeconds, paris) == nil)
    }
  }

  @Test func readsPatternsAsLocalTime() throws {
    let dayFirst = try TimestampFormat(name: "DD/MM/YYYY HH:mm")
    #expect(parse("29/03/2026 02:30", dayFirst, paris) == 1_774_747_800)
    #expect(parse("5/3/2026 9:05", dayFirst, paris) == 1_772_697_900)
    #expect(parse("29/03/2026 02:30:00", dayFirst, paris) == nil)
    #expect(parse("29-03-2026 02:30", dayFirst, paris) == nil)
    #expect(parse("32/01/2026 00:00", dayFirst, paris) == nil)
    #expect(parse("29/03/26 02:30", dayFirst, paris) == nil)

    let full = try TimestampFormat(name: "YYYY-MM-DD HH:mm:ss")
    #expect(parse("2026-10-25 02:30:00", full, paris) == 1_792_888_200)
    #expect(parse("2026-10-25 02:30:00.250", full, paris) == 1_792_888_200)
    #expect(parse("2026-10-25 02:30:00.", full, paris) == nil)
    #expect(parse("2026-10-25 02:30", full, paris) == nil)

    let dateOnly = try TimestampFormat(name: "DD.MM.YYYY")
    #expect(parse("29.03.2026", dateOnly, paris) == 1_774_738_800)
    #expect(parse("29.03.2026.", dateOnly, paris) == nil)

    let compact = try TimestampFormat(name: "YYYYMMDDHHmmss")
    #expect(parse("20260329013000", compact, .utc) == 1_774_747_800)
  }

  @Test func anInvalidPatternBuiltDirectlyReadsNothing() {
    #expect(parse("2026", .pattern("YYYY"), paris) == nil)
  }

  @Test func cachedDayOffsetsMatchTheZoneAcrossTransitionDays() throws {
    var parser = TimestampParser(format: .iso8601, zone: paris)
    var checked = 0
    for start in [(2026, 3, 27), (2026, 10, 23)] {
      let first = try #require(CivilDateTime(year: start.0, month: start.1, day: start.2))
      for minutes in stride(from: 0, to: 5 * 1440, by: 17) {
        let wall = first.wallSeconds + Int64(minutes * 60)
        let text = CivilDateTime(wallSeconds: wall).description
        #expect(parser.parse(text) == paris.instant(ofWallSeconds: wall))
        checked += 1
      }
    }
    #expect(checked == 848)
  }

  @Test func daysSharingACacheSlotDoNotMixUp() throws {
    var parser = TimestampParser(format: .iso8601, zone: paris)
    let transitionDay = try #require(CivilDate(year: 2026, month: 3, day: 29))
    let sameSlot = transitionDay.adding(days: 256)
    #expect(sameSlot.description == "2026-12-10")
    for _ in 0..<3 {
      #expect(parser.parse("2026-03-29T02:30") == 1_774_747_800)
      #expect(parser.parse("2026-12-10T02:30") == 1_796_866_200)
      #expect(parser.parse("2026-03-29T12:00") == 1_774_778_400)
    }
  }

  @Test func readsBytesDirectly() {
    var parser = TimestampParser(format: .iso8601, zone: .utc)
    let bytes: [UInt8] = Array("2026-03-29T01:00:00Z".utf8)
    #expect(bytes.withUnsafeBytes { parser.parse($0) } == 1_774_746_000)
  }
}
