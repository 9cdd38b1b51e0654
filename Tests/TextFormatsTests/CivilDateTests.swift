import Testing

@testable import TextFormats

@Suite struct CivilDateTests {
  @Test func daysSinceEpochOfKnownDates() throws {
    #expect(try #require(CivilDate(year: 1970, month: 1, day: 1)).daysSinceEpoch == 0)
    #expect(try #require(CivilDate(year: 2000, month: 3, day: 1)).daysSinceEpoch == 11_017)
    #expect(try #require(CivilDate(year: 2026, month: 3, day: 29)).daysSinceEpoch == 20_541)
    #expect(try #require(CivilDate(year: 1969, month: 12, day: 31)).daysSinceEpoch == -1)
    #expect(try #require(CivilDate(year: 1900, month: 1, day: 1)).daysSinceEpoch == -25_567)
  }

  @Test func civilFromDaysRoundTripsEveryDayFrom1899To2101() throws {
    let first = try #require(CivilDate(year: 1899, month: 1, day: 1)).daysSinceEpoch
    let last = try #require(CivilDate(year: 2101, month: 12, day: 31)).daysSinceEpoch
    var previous = CivilDate(daysSinceEpoch: first - 1)
    for days in first...last {
      let date = CivilDate(daysSinceEpoch: days)
      #expect(date.daysSinceEpoch == days)
      #expect(date > previous)
      previous = date
    }
  }

  @Test func rejectsDaysThatDoNotExist() {
    #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
    #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
    #expect(CivilDate(year: 2026, month: 0, day: 1) == nil)
    #expect(CivilDate(year: 2026, month: 1, day: 0) == nil)
    #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
  }

  @Test func addingDaysCrossesMonthAndYearEnds() throws {
    let newYearsEve = try #require(CivilDate(year: 2025, month: 12, day: 31))
    #expect(newYearsEve.adding(days: 1).description == "2026-01-01")
    #expect(newYearsEve.adding(days: 32).description == "2026-02-01")
    #expect(newYearsEve.adding(days: -365).description == "2024-12-31")

    let endOfJanuary = try #require(CivilDate(year: 2026, month: 1, day: 31))
    #expect(endOfJanuary.adding(days: 28).description == "2026-02-28")
    #expect(endOfJanuary.adding(days: 29).description == "2026-03-01")
  }

  @Test func addingDaysHonoursLeapYears() throws {
    let leapFebruary = try #require(CivilDate(year: 2024, month: 2, day: 28))
    #expect(leapFebruary.adding(days: 1).description == "2024-02-29")
    #expect(leapFebruary.adding(days: 2).description == "2024-03-01")
    #expect(leapFebruary.adding(days: 366).description == "2025-02-28")

    let century = try #require(CivilDate(year: 1900, month: 2, day: 28))
    #expect(century.adding(days: 1).description == "1900-03-01")
    let millennium = try #require(CivilDate(year: 2000, month: 2, day: 28))
    #expect(millennium.adding(days: 1).description == "2000-02-29")
  }

  @Test func weekdaysOfKnownDates() throws {
    #expect(try #require(CivilDate(year: 1970, month: 1, day: 1)).weekday == .thursday)
    #expect(try #require(CivilDate(year: 2000, month: 1, day: 1)).weekday == .saturday)
    #expect(try #require(CivilDate(year: 2026, month: 3, day: 29)).weekday == .sunday)
    #expect(try #require(CivilDate(year: 2026, month: 3, day: 30)).weekday == .monday)
    #expect(try #require(CivilDate(year: 1969, month: 12, day: 31)).weekday == .wednesday)
    #expect(try #require(CivilDate(year: 1900, month: 1, day: 1)).weekday == .monday)
    #expect(try #require(CivilDate(year: 2024, month: 2, day: 29)).weekday == .thursday)
  }

  @Test func weekdayNamesAndDistances() {
    #expect(CivilWeekday(name: "monday") == .monday)
    #expect(CivilWeekday(name: "SUN") == .sunday)
    #expect(CivilWeekday(name: "Thu") == .thursday)
    #expect(CivilWeekday(name: "mo") == nil)
    #expect(CivilWeekday(name: "") == nil)
    #expect(CivilWeekday.friday.days(until: .monday) == 3)
    #expect(CivilWeekday.monday.days(until: .monday) == 0)
    #expect(CivilWeekday.sunday.days(until: .saturday) == 6)
  }

  @Test func yearsPrintWithFourDigits() throws {
    #expect(try #require(CivilDate(year: 987, month: 6, day: 5)).description == "0987-06-05")
    #expect(CivilDate(daysSinceEpoch: -719_529).description == "-0001-12-31")
  }
}
