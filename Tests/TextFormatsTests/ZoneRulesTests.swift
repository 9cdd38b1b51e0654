import Foundation
import Testing

@testable import TextFormats

@Suite struct ZoneRulesTests {
  private func wall(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0
  ) throws -> CivilDateTime {
    try #require(
      CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute))
  }

  @Test func parisSpringForwardMovesTheGapForward() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    let instant = paris.instant(of: try wall(2026, 3, 29, 2, 30))
    #expect(instant == 1_774_747_800)
    #expect(TimestampFormatter.iso8601(instant) == "2026-03-29T01:30:00Z")
    #expect(paris.civil(at: instant).description == "2026-03-29T03:30:00")
    #expect(paris.offset(at: instant) == 7200)
  }

  @Test func parisFallBackTakesTheFirstOccurrence() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    #expect(paris.instant(of: try wall(2026, 10, 25, 2, 30)) == 1_792_888_200)
    #expect(paris.instant(of: try wall(2026, 10, 25, 3, 0)) == 1_792_893_600)
    #expect(paris.instant(of: try wall(2026, 10, 25, 1, 59)) == 1_792_886_340)
  }

  @Test func parisOffsetsAroundTheTransitions() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    #expect(paris.offset(at: 1_774_745_999) == 3600)
    #expect(paris.offset(at: 1_774_746_000) == 7200)
    #expect(paris.offset(at: 1_792_889_999) == 7200)
    #expect(paris.offset(at: 1_792_890_000) == 3600)
    #expect(paris.civil(at: 1_792_889_999).description == "2026-10-25T02:59:59")
    #expect(paris.civil(at: 1_792_890_000).description == "2026-10-25T02:00:00")
  }

  @Test func newYorkSpringForwardAndFallBack() throws {
    let newYork = try ZoneRules(identifier: "America/New_York")
    #expect(newYork.instant(of: try wall(2026, 3, 8, 2, 30)) == 1_772_955_000)
    #expect(newYork.civil(at: 1_772_955_000).description == "2026-03-08T03:30:00")
    #expect(newYork.instant(of: try wall(2026, 11, 1, 1, 30)) == 1_793_511_000)
    #expect(newYork.offset(at: 1_793_511_000) == -14_400)
    #expect(newYork.offset(at: 1_793_512_800) == -18_000)
  }

  @Test func wallTimesBeyond2100AskFoundation() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    #expect(paris.instant(of: try wall(2150, 7, 1, 12)) == 5_695_956_000)
    #expect(paris.offset(at: 5_695_956_000) == 7200)
  }

  @Test func instantsBefore1900UseLocalMeanTime() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    #expect(paris.offset(at: -3_786_825_600) == 561)
  }

  @Test func utcAndFixedOffsets() throws {
    #expect(ZoneRules.utc.fixedOffset == 0)
    #expect(try ZoneRules(identifier: "UTC") == ZoneRules.utc)
    #expect(try ZoneRules(identifier: "Etc/UTC").identifier == "UTC")
    let india = ZoneRules(fixedOffsetSeconds: 19_800)
    #expect(india.identifier == "+05:30")
    #expect(india.instant(of: try wall(2026, 1, 1, 5, 30)) == 1_767_225_600)
    #expect(ZoneRules(fixedOffsetSeconds: -3600).identifier == "-01:00")
  }

  @Test func zonesWithoutChangesBecomeFixed() throws {
    let zone = try ZoneRules(identifier: "Etc/GMT-3")
    #expect(zone.fixedOffset == 10_800)
    #expect(try ZoneRules(identifier: "Europe/Paris").fixedOffset == nil)
  }

  @Test func unknownZonesAreRejectedWithAHint() {
    #expect(throws: ZoneError.unknownIdentifier("Mars/Olympus")) {
      try ZoneRules(identifier: "Mars/Olympus")
    }
    #expect(throws: ZoneError.unknownIdentifier("")) { try ZoneRules(identifier: "") }
    #expect(
      ZoneError.unknownIdentifier("Mars/Olympus").description
        == "unknown time zone \"Mars/Olympus\"; use an IANA name such as \"Europe/Paris\", "
        + "\"America/New_York\" or \"UTC\"")
  }

  @Test func everyWallTimeOfA2026ParisDayRoundTripsOutsideTheGap() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    let dayStart = try wall(2026, 10, 25, 0).wallSeconds
    for wallSeconds in stride(from: dayStart, to: dayStart + 86_400, by: 60) {
      let instant = paris.instant(ofWallSeconds: wallSeconds)
      #expect(paris.civil(at: instant).wallSeconds == wallSeconds)
    }
  }

  @Test func uniformOffsetOfADayKnowsTransitionDays() throws {
    let paris = try ZoneRules(identifier: "Europe/Paris")
    #expect(paris.uniformOffset(forWallDayStarting: try wall(2026, 3, 28, 0).wallSeconds) == 3600)
    #expect(paris.uniformOffset(forWallDayStarting: try wall(2026, 3, 29, 0).wallSeconds) == nil)
    #expect(paris.uniformOffset(forWallDayStarting: try wall(2026, 3, 30, 0).wallSeconds) == 7200)
    #expect(paris.uniformOffset(forWallDayStarting: try wall(2026, 10, 25, 0).wallSeconds) == nil)
  }

  @Test(arguments: [
    "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
    "America/Sao_Paulo", "Africa/Casablanca",
  ])
  func cachedOffsetsMatchFoundationFrom1900To2100(identifier: String) throws {
    let rules = try ZoneRules(identifier: identifier)
    let zone = try #require(TimeZone(identifier: identifier))
    var mismatches = 0
    for instant in stride(from: Int64(-2_208_988_800), to: 4_102_444_800, by: 300_007) {
      let expected = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
      if rules.offset(at: instant) != expected { mismatches += 1 }
    }
    #expect(mismatches == 0)
  }

  @Test func cacheReturnsOneSharedValuePerName() throws {
    let cache = ZoneCache()
    let first = try cache.rules(for: "Europe/Paris")
    let second = try cache.rules(for: "Europe/Paris")
    #expect(first === second)
    #expect(throws: ZoneError.unknownIdentifier("Nowhere")) { try cache.rules(for: "Nowhere") }
    #expect(throws: ZoneError.unknownIdentifier("Nowhere")) { try cache.rules(for: "Nowhere") }
  }
}
