import Testing

@testable import TextFormats

@Suite struct TimestampFormatterTests {
  @Test func writesUTC() {
    #expect(TimestampFormatter.iso8601(1_774_746_000) == "2026-03-29T01:00:00Z")
    #expect(TimestampFormatter.iso8601(0) == "1970-01-01T00:00:00Z")
    #expect(TimestampFormatter.iso8601(-1) == "1969-12-31T23:59:59Z")
  }

  @Test func writesWallTimeWithTheZoneOffset() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    let newYork = try ZoneRules(identifier: "America/New_York")
    #expect(TimestampFormatter.iso8601(1_774_746_000, in: paris) == "2026-03-29T03:00:00+02:00")
    #expect(TimestampFormatter.iso8601(1_774_745_999, in: paris) == "2026-03-29T01:59:59+01:00")
    #expect(TimestampFormatter.iso8601(1_774_746_000, in: newYork) == "2026-03-28T21:00:00-04:00")
    #expect(TimestampFormatter.iso8601(0, in: .utc) == "1970-01-01T00:00:00+00:00")
    let india = ZoneRules(fixedOffsetSeconds: 19_800)
    #expect(TimestampFormatter.iso8601(0, in: india) == "1970-01-01T05:30:00+05:30")
  }

  @Test func writesSecondsOfHistoricalOffsets() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    #expect(
      TimestampFormatter.iso8601(-3_786_825_600, in: paris) == "1850-01-01T00:09:21+00:09:21")
  }

  @Test func writtenTextReadsBackToTheSameInstant() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    var parser = TimestampParser(format: .iso8601, zone: .utc)
    for instant: Int64 in [1_774_745_999, 1_774_746_000, 1_792_889_999, 1_792_890_000] {
      #expect(parser.parse(TimestampFormatter.iso8601(instant, in: paris)) == instant)
      #expect(parser.parse(TimestampFormatter.iso8601(instant)) == instant)
    }
  }
}
