import JourneyModel
import Testing

@testable import JourneyEngine

@Suite struct EngineTimeTests {
  @Test func threeDayWaitKeepsTheWallClockAcrossTheAutumnChange() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [Steps.start("wait"), Steps.wait("wait", TimeSpan(3, .days), next: "stop"),
        Steps.stop()],
      zone: "Europe/Paris", schedule: .realTime)
    scenario.events += "c1,visit,2026-10-23T09:00:00+02:00,\n"
    let engine = try scenario.engine(publish: "2026-10-01T00:00:00Z", tracing: "c1")
    engine.run(["2026-10-23T07:00:00Z", "2026-10-26T08:00:00Z"])
    #expect(engine.trace.first { $0.kind == .left }?.time == Fixtures.t("2026-10-26T08:00:00Z"))
    #expect(engine.text(Fixtures.t("2026-10-26T08:00:00Z")) == "2026-10-26T09:00:00+01:00")
  }

  @Test func hoursAreExactElapsedTimeAcrossTheChange() throws {
    let zone = try #require(try? ZoneCacheBox.rules("Europe/Paris"))
    let start = Fixtures.t("2026-10-24T22:00:00Z")
    #expect(CalendarMath.adding(TimeSpan(24, .hours), to: start, in: zone)
      == Fixtures.t("2026-10-25T22:00:00Z"))
    #expect(CalendarMath.adding(TimeSpan(1, .days), to: start, in: zone)
      == Fixtures.t("2026-10-25T23:00:00Z"))
    #expect(CalendarMath.adding(TimeSpan(1, .weeks), to: start, in: zone)
      == Fixtures.t("2026-10-31T23:00:00Z"))
  }

  @Test func weekdayWaitOnASpringForwardGapMovesForward() throws {
    let zone = try #require(try? ZoneCacheBox.rules("Europe/Paris"))
    let friday = Fixtures.t("2026-03-27T10:00:00Z")
    let sunday = CalendarMath.next(weekday: 7, secondOfDay: 2 * 3600 + 1800, atOrAfter: friday,
      in: zone)
    #expect(sunday == Fixtures.t("2026-03-29T01:30:00Z"))
    let sameDay = CalendarMath.next(
      weekday: 5, secondOfDay: 9 * 3600, atOrAfter: friday, in: zone)
    #expect(sameDay == Fixtures.t("2027-04-02T07:00:00Z") - 364 * 86_400)
  }

  @Test func weekdayWaitInTheContactsZone() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [
        Steps.start("wait"),
        Step(id: "wait", kind: .wait(WaitStep(mode: .until(WeekdayTime(
          weekday: "monday", time: "09:00", zone: .contact(field: "tz"))), next: "stop"))),
        Steps.stop(),
      ],
      zone: "Europe/Paris")
    scenario.profiles += "ny,free,,America/New_York\nparis,free,,\nbad,free,,Mars/Base\n"
    scenario.events += "ny,visit,2026-03-04T12:00:00Z,\nparis,visit,2026-03-04T12:00:00Z,\n"
      + "bad,visit,2026-03-04T12:00:00Z,\n"
    var releases: [String: Int64] = [:]
    for contact in ["ny", "paris", "bad"] {
      let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: contact)
      engine.run(["2026-03-04T13:00:00Z", "2026-03-10T00:00:00Z"])
      releases[contact] = engine.trace.first { $0.kind == .left }?.time
    }
    #expect(releases["ny"] == Fixtures.t("2026-03-09T13:00:00Z"))
    #expect(releases["paris"] == Fixtures.t("2026-03-09T08:00:00Z"))
    #expect(releases["bad"] == Fixtures.t("2026-03-09T08:00:00Z"))
  }

  @Test func everyNHoursAlignsToUTCHoursSinceTheEpoch() throws {
    let from = Fixtures.t("2026-03-01T01:30:00Z")
    let to = Fixtures.t("2026-03-01T14:00:00Z")
    let paris = try #require(try? ZoneCacheBox.rules("Europe/Paris"))
    let times = RunTimes.times(.everyHours(4), zone: paris, from: from, to: to)
    #expect(times.map { TimestampText.utc($0) } == [
      "2026-03-01T04:00:00Z", "2026-03-01T08:00:00Z", "2026-03-01T12:00:00Z",
    ])
    #expect(RunTimes.times(.everyHours(5), zone: .utc, from: from, to: to).count == 3)
    #expect(RunTimes.times(.everyHours(1), zone: .utc, from: to, to: to) == [to])
  }

  @Test func dailyKeepsTheWallTimeAcrossDaylightSaving() throws {
    let paris = try #require(try? ZoneCacheBox.rules("Europe/Paris"))
    let times = RunTimes.times(
      .daily(try #require(TimeOfDay(text: "02:30"))), zone: paris,
      from: Fixtures.t("2026-03-27T00:00:00Z"), to: Fixtures.t("2026-03-31T00:00:00Z"))
    #expect(times.map { TimestampText.utc($0) } == [
      "2026-03-27T01:30:00Z", "2026-03-28T01:30:00Z", "2026-03-29T01:30:00Z",
      "2026-03-30T00:30:00Z",
    ])
    let autumn = RunTimes.times(
      .daily(try #require(TimeOfDay(text: "02:30"))), zone: paris,
      from: Fixtures.t("2026-10-24T00:00:00Z"), to: Fixtures.t("2026-10-26T12:00:00Z"))
    #expect(autumn.map { TimestampText.utc($0) } == [
      "2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z",
    ])
  }

  @Test func weeklyManualAndRealTime() throws {
    let from = Fixtures.t("2026-03-01T00:00:00Z")
    let to = Fixtures.t("2026-03-20T00:00:00Z")
    let weekly = RunTimes.times(
      .weekly(.monday, try #require(TimeOfDay(text: "09:00"))), zone: .utc, from: from, to: to)
    #expect(weekly.map { TimestampText.utc($0) } == [
      "2026-03-02T09:00:00Z", "2026-03-09T09:00:00Z", "2026-03-16T09:00:00Z",
    ])
    #expect(RunTimes.times(.manual, zone: .utc, from: from, to: to) == [to])
    #expect(RunTimes.times(.realTime, zone: .utc, from: from, to: to).isEmpty)
  }

  @Test func realTimeEngineSaysWhenSomethingIsDueNext() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [Steps.start("wait"), Steps.wait("wait", TimeSpan(90, .minutes), next: "stop"),
        Steps.stop()],
      schedule: .realTime)
    scenario.events += "c1,visit,2026-03-01T09:10:00Z,\nc2,visit,2026-03-01T09:50:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    var runs: [String] = []
    var time = Fixtures.t("2026-03-01T00:00:00Z")
    engine.run(at: time)
    while let next = engine.nextDueTime(after: time) {
      time = next
      engine.run(at: time)
      runs.append(TimestampText.utc(time))
    }
    #expect(runs == [
      "2026-03-01T09:10:00Z", "2026-03-01T09:50:00Z", "2026-03-01T10:40:00Z",
      "2026-03-01T11:20:00Z",
    ])
  }
}

import TextFormats

/// Zone and text helpers for tests.
enum ZoneCacheBox {
  /// The rules of an IANA zone.
  static func rules(_ name: String) throws -> ZoneRules { try ZoneCache.shared.rules(for: name) }
}

/// UTC text of instants.
enum TimestampText {
  /// "2026-03-01T09:00:00Z".
  static func utc(_ instant: Int64) -> String { TimestampFormatter.iso8601(instant) }
}
