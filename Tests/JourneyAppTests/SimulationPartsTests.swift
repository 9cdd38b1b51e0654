import Foundation
import JourneyModel
import JourneySimulator
import TerminalKit
import Testing

@testable import JourneyApp

/// The parts of the simulation mode that hold no terminal: completion, the activations
/// series, wrapping, changed counts, the setup form and the setup's rules.
@Suite struct SimulationPartsTests {
  @Test func contactIdsCompleteToTheLongestSharedPrefix() {
    let ids = ["a1", "b10", "b11", "b120", "c"]
    let b = ContactCompletion("b", ids: ids)
    #expect(b.text == "b1")
    #expect(b.matches == 3)
    #expect(b.examples == ["b10", "b11", "b120"])
    let one = ContactCompletion("b12", ids: ids)
    #expect(one.text == "b120")
    #expect(one.matches == 1)
    let none = ContactCompletion("d", ids: ids)
    #expect(none.text == "d")
    #expect(none.matches == 0)
    #expect(ContactCompletion("", ids: ids).text == "")
    #expect(ContactCompletion("", ids: ids).matches == 5)
  }

  @Test func completionStopsCountingAtItsLimit() {
    let ids = (0..<20_000).map { String(format: "id%05d", $0) }
    let completion = ContactCompletion("id", ids: ids)
    #expect(completion.matches == ContactCompletion.countLimit)
    #expect(completion.text == "id")
    #expect(ContactCompletion("id1999", ids: ids).text == "id1999")
    #expect(ContactCompletion("id19999", ids: ids).matches == 1)
  }

  @Test func activationsAreBucketedOverTheSpan() {
    var series = ActivationSeries(from: 0, to: 1_200, destinations: ["email", "sms"])
    #expect(series.columns(4) == [[0, 0, 0, 0], [0, 0, 0, 0]])
    series.add(at: 0, [2, 0])
    series.add(at: 599, [1, 3])
    series.add(at: 1_200, [5, 0])
    series.add(at: 9_999, [1, 0])
    #expect(series.columns(2) == [[3, 6], [3, 0]])
    #expect(series.columns(1) == [[9], [3]])
  }

  @Test func longLinesWrapAtSpacesWithAnIndent() {
    let line = [TextSpan("took Pro at plan: ", role: .normal), TextSpan("plan = pro", role: .ok)]
    let wrapped = SpanWrap.wrap(line, width: 16, indent: 2)
    #expect(wrapped.map { $0.map(\.text).joined() } == ["took Pro at ", "  plan: plan = ", "  pro"])
    #expect(wrapped[1].last?.role == .ok)
    #expect(SpanWrap.wrap(line, width: 40).count == 1)
  }

  @Test func changedCountsAreFoundStepByStep() throws {
    let workspace = try SimulationWorkspace()
    let simulator = try SimulationReference.simulator(
      SimulationWorkspace.journey, workspace: try workspace.workspace(),
      from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    let start = simulator.snapshot()
    #expect(CountChanges.between(nil, start).isEmpty)
    simulator.step()
    let first = simulator.snapshot()
    #expect(CountChanges.between(start, first) == [
      .passed("start"), .path("start", 0), .present("wait"), .total("entered"),
      .total("inside"), .total("runs"),
    ])
    #expect(CountChanges.between(first, first).isEmpty)
  }

  @Test func setupFormMovesEditsTogglesAndAnswers() {
    var form = SetupForm(
      setup: SimulationSetup(dataFolder: "data"), journeyName: "Offers",
      ownSchedule: "daily at 09:00")
    #expect(form.row == .dataFolder)
    #expect(form.handle(.character("2")) == nil)
    #expect(form.setup.dataFolder == "data2")
    #expect(form.handle(.up) == nil)
    #expect(form.row == .cancel)
    #expect(form.handle(.character(" ")) == .cancel)
    #expect(form.handle(.backTab) == nil)
    #expect(form.handle(.backTab) == nil)
    #expect(form.row == .skipBadRows)
    #expect(form.handle(.character(" ")) == nil)
    #expect(form.setup.skipBadRows)
    #expect(form.handle(.enter) == .submit)
    #expect(form.handle(.escape) == .cancel)
    #expect(form.field(.schedule)?.placeholder == "its own: daily at 09:00")
  }

  @Test func setupTextsBecomeOptionsOrSayWhatIsWrong() throws {
    let zone = SimulationTime.zone(named: "America/New_York")
    let options = try SimulationSetup(
      from: "1997-01-01", to: "1997-01-31", schedule: "every 6 hours"
    ).options(zone: zone, dataRange: nil)
    #expect(options.from == 852_094_800)
    #expect(options.to == 854_773_199)
    #expect(options.schedule == .everyHours(6))
    let defaults = try SimulationSetup().options(zone: zone, dataRange: 10...20)
    #expect(defaults.from == 10 && defaults.to == 20 && defaults.schedule == nil)

    #expect(throws: SimulationSetupError.noTimestamps) {
      try SimulationSetup().options(zone: zone, dataRange: nil)
    }
    #expect(throws: SimulationSetupError.startAfterEnd) {
      try SimulationSetup(from: "1997-02-01", to: "1997-01-01").check(zone: zone)
    }
    #expect(throws: SimulationSetupError.badSchedule("hourly")) {
      try SimulationSetup(schedule: "hourly").check(zone: zone)
    }
    #expect(SimulationSetupError.badTime(field: "end", text: "soon").description
      == "the end needs an ISO 8601 date or date-time such as 2026-03-01 or "
      + "2026-03-01T09:00:00Z, not \"soon\"")
    let root = URL(fileURLWithPath: "/work/space")
    #expect(SimulationSetup().dataFolderURL(workspace: root) == nil)
    #expect(SimulationSetup(dataFolder: "exports").dataFolderURL(workspace: root)?.path
      == "/work/space/exports")
    #expect(SimulationSetup(dataFolder: "/data").dataFolderURL(workspace: root)?.path == "/data")
  }

  @Test func speedsStepThroughTheirLevels() {
    var speed = SimulationSpeed.standard
    #expect(speed.text == "10 runs/s")
    while let faster = speed.faster { speed = faster }
    #expect(speed.text == "max speed")
    #expect(speed.runsPerSecond == nil)
    while let slower = speed.slower { speed = slower }
    #expect(speed.text == "1 run/s")
  }
}
