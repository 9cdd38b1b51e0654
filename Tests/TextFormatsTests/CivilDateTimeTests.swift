import Testing

@testable import TextFormats

@Suite struct CivilDateTimeTests {
  @Test func wallSecondsRoundTrip() throws {
    let time = try #require(
      CivilDateTime(year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 15))
    #expect(time.wallSeconds == 1_774_751_415)
    #expect(CivilDateTime(wallSeconds: 1_774_751_415) == time)
    #expect(time.description == "2026-03-29T02:30:15")
  }

  @Test func negativeWallSecondsFallOnTheDayBefore() {
    let time = CivilDateTime(wallSeconds: -1)
    #expect(time.description == "1969-12-31T23:59:59")
    #expect(time.weekday == .wednesday)
  }

  @Test func rejectsTimesOutOfRange() {
    #expect(CivilDateTime(year: 2026, month: 1, day: 1, hour: 24) == nil)
    #expect(CivilDateTime(year: 2026, month: 1, day: 1, minute: 60) == nil)
    #expect(CivilDateTime(year: 2026, month: 1, day: 1, second: 60) == nil)
    #expect(CivilDateTime(year: 2026, month: 1, day: 1, hour: -1) == nil)
    #expect(CivilDateTime(year: 2026, month: 2, day: 30) == nil)
  }

  @Test func addingDaysKeepsTheWallClockTime() throws {
    let time = try #require(
      CivilDateTime(year: 2024, month: 12, day: 30, hour: 9, minute: 15, second: 0))
    #expect(time.adding(days: 3).description == "2025-01-02T09:15:00")
    #expect(time.adding(days: -366).description == "2023-12-30T09:15:00")
  }

  @Test func ordersChronologically() throws {
    let early = try #require(CivilDateTime(year: 2026, month: 3, day: 29, hour: 23))
    let late = try #require(CivilDateTime(year: 2026, month: 3, day: 30))
    #expect(early < late)
    #expect(!(late < early))
  }
}
