import Dispatch
import JourneyEngine
import JourneyModel
import Testing

@testable import JourneySimulator

@Suite struct SimulatorTests {
  let from = SimulatorFixture.t("2026-03-01T00:00:00Z")
  let to = SimulatorFixture.t("2026-03-06T00:00:00Z")

  func simulator(
    schedule: Schedule? = nil, runTimes: [Int64]? = nil, journey: Journey = SimulatorFixture.journey
  ) throws -> Simulator {
    try Simulator(
      journey: journey, hub: SimulatorFixture.hub, data: SimulatorFixture.data(),
      options: SimulationOptions(from: from, to: to, schedule: schedule, runTimes: runTimes))
  }

  @Test func countsForTheJourneyAndEveryStep() throws {
    let simulator = try simulator()
    #expect(simulator.runToEnd() == 21)
    let report = simulator.snapshot()
    #expect(report.runs == 21)
    #expect(report.finished)
    #expect(report.entered == 5)
    #expect(report.completed == 4)
    #expect(report.exited == [.init("exit rule", 1), .init("step removed", 0)])
    #expect(report.activations == [.init("crm", 1), .init("email", 1)])
    let rows = Dictionary(uniqueKeysWithValues: report.steps.map { ($0.id, $0) })
    #expect(report.steps.map(\.id) == ["start", "wait", "seg", "crm", "done", "pause", "mail",
      "bye", "gone"])
    #expect(rows["wait"]?.arrived == 5)
    #expect(rows["wait"]?.exitedTotal == 1)
    #expect(rows["seg"]?.left == [.init("Pro", 1), .init("other", 3)])
    #expect(rows["pause"]?.left == [.init("met", 1), .init("timeout", 2)])
    #expect(rows["gone"]?.arrived == 2)
  }

  @Test func arrivedEqualsNowPlusEverythingThatLeftAtEveryRun() throws {
    let simulator = try simulator(schedule: .everyHours(1))
    while simulator.step() != nil {
      for row in simulator.snapshot().steps where row.type != .stop {
        #expect(row.arrived == row.present + row.leftTotal + row.exitedTotal, "\(row.id)")
      }
    }
  }

  @Test func manualJourneyRunsOnceAtTheEndUnlessTimesAreGiven() throws {
    let manual = try simulator(schedule: .manual)
    #expect(manual.nextRunTime == to)
    #expect(manual.runToEnd() == 1)
    let given = try simulator(
      schedule: .manual, runTimes: [to, from, SimulatorFixture.t("2026-03-03T00:00:00Z"), to + 1])
    var times: [Int64] = []
    given.runToEnd { times.append($0.runAt) }
    #expect(times == [from, SimulatorFixture.t("2026-03-03T00:00:00Z"), to])
  }

  @Test func realTimeRunsWheneverSomethingIsDue() throws {
    let simulator = try simulator(schedule: .realTime)
    var times: [String] = []
    simulator.runToEnd { times.append(TimeText.text($0.runAt, in: .utc)) }
    #expect(times.prefix(6) == [
      "2026-03-01T00:00:00Z", "2026-03-01T08:00:00Z", "2026-03-01T09:00:00Z",
      "2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z", "2026-03-02T01:00:00Z",
    ])
    #expect(simulator.snapshot().activations == [.init("crm", 1), .init("email", 1)])
  }

  @Test func traceOfOneContactWithReasons() throws {
    let simulator = try simulator()
    simulator.runToEnd()
    let trace = try #require(simulator.trace(contactID: "c2"))
    #expect(ReportText.render(trace) == """
      Contact c2 in journey welcome: completed
        2026-03-01T09:00:00Z  run 2026-03-01T12:00:00Z  entered: signup at 2026-03-01T09:00:00Z
        2026-03-01T09:00:00Z  run 2026-03-01T12:00:00Z  reached wait
        2026-03-02T09:00:00Z  run 2026-03-02T12:00:00Z  left wait by next: waited until \
      2026-03-02T09:00:00Z
        2026-03-02T09:00:00Z  run 2026-03-02T12:00:00Z  reached seg
        2026-03-02T09:00:00Z  run 2026-03-02T12:00:00Z  left seg by other: plan = free is in no \
      group
        2026-03-02T09:00:00Z  run 2026-03-02T12:00:00Z  reached pause
        2026-03-02T20:00:00Z  run 2026-03-03T00:00:00Z  left pause by met: purchase at \
      2026-03-02T20:00:00Z
        2026-03-02T20:00:00Z  run 2026-03-03T00:00:00Z  reached mail
        2026-03-02T20:00:00Z  run 2026-03-03T00:00:00Z  activated at mail: email
        2026-03-02T20:00:00Z  run 2026-03-03T00:00:00Z  left mail by next
        2026-03-02T20:00:00Z  run 2026-03-03T00:00:00Z  reached bye
        2026-03-02T20:00:00Z  run 2026-03-03T00:00:00Z  completed at bye

      """)
    let exited = try #require(simulator.trace(contactID: "c5"))
    #expect(exited.events.last?.detail == "exit rule: status = converted")
    #expect(simulator.trace(contactID: "nobody") == nil)
  }

  @Test func snapshotsCanBeTakenFromAnotherThreadWhileRunning() async throws {
    let simulator = try simulator(schedule: .everyHours(1))
    let worker = Task.detached { simulator.runToEnd() }
    var seen = 0
    while !simulator.isFinished {
      seen = max(seen, simulator.snapshot().runs)
      await Task.yield()
    }
    #expect(await worker.value == 121)
    #expect(simulator.snapshot().runs == 121)
    #expect(seen <= 121)
  }
}

@Suite struct ShardTests {
  @Test func enginesSharingTheContactsGiveTheSameResultsAsOne() throws {
    let data = try SimulatorFixture.data()
    func results(_ shards: Int) throws -> ([RunResult], SimulationReport) {
      let simulator = try Simulator(
        journey: SimulatorFixture.journey, hub: SimulatorFixture.hub, data: data,
        options: SimulationOptions(
          from: SimulatorFixture.t("2026-03-01T00:00:00Z"),
          to: SimulatorFixture.t("2026-03-06T00:00:00Z"), schedule: .everyHours(1),
          shards: shards))
      var results: [RunResult] = []
      simulator.runToEnd { results.append($0) }
      return (results, simulator.snapshot())
    }
    let one = try results(1)
    let three = try results(3)
    #expect(one.0.count == 121)
    #expect(one.0.map(\.activations.count).reduce(0, +) == 2)
    #expect(one.0 == three.0)
    #expect(one.1 == three.1)
  }
}
