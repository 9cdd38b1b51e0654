import Foundation
import Testing

@testable import JourneyStore

@Suite struct RunHistoryTests {
  /// 2024-03-01T09:00:00.123Z.
  private let morning = Date(timeIntervalSince1970: 1_709_283_600.123)

  /// A successful scheduled run of `journeyID` with no counts.
  private func plainRun(_ journeyID: String, simulationID: String? = nil) -> RunRecord {
    RunRecord(
      journeyID: journeyID, journeyVersion: 1, runType: .scheduled, status: .success,
      startedAt: morning, finishedAt: morning, simulationID: simulationID)
  }

  @Test func keepsEveryFieldOfARun() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      let failed = RunRecord(
        journeyID: "welcome-série", journeyVersion: 7, runType: .simulated,
        status: .fail(reason: "hub.json changed: field 'tier' is missing"),
        startedAt: morning, finishedAt: morning.addingTimeInterval(2.5),
        runAt: Date(timeIntervalSince1970: -86_400.001),
        entered: 12, exited: 3, completed: 4,
        exitedByReason: ["exit rule": 2, "step removed": 1],
        activationsByDestination: ["email": 9, "sms": 0],
        contactsOnStep: ["start": 0, "wait-3-days": 5, "ünïcode 👍": 1],
        simulationID: "sim-1")
      let plain = RunRecord(
        journeyID: "welcome-série", journeyVersion: 8, runType: .fullRun,
        status: .fail(reason: nil), startedAt: morning, finishedAt: morning)
      let others = [RunRecord.RunType.scheduled, .runNow].map {
        RunRecord(
          journeyID: "welcome-série", journeyVersion: 9, runType: $0, status: .success,
          startedAt: morning, finishedAt: morning)
      }

      let ids = try history.append([failed, plain] + others)

      #expect(ids == [1, 2, 3, 4])
      let stored = try history.runs(journeyID: "welcome-série")
      var expected = [failed, plain] + others
      for index in expected.indices { expected[index].id = ids[index] }
      #expect(stored == expected.reversed())
    }
  }

  @Test func listsNewestFirstUpToTheLimit() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      for journey in ["a", "b", "a", "a", "b", "a"] {
        try history.append([plainRun(journey)])
      }

      #expect(try history.runs(journeyID: "a").map(\.id) == [6, 4, 3, 1])
      #expect(try history.runs(journeyID: "a", limit: 2).map(\.id) == [6, 4])
      #expect(try history.runs(journeyID: "b", limit: 10).map(\.id) == [5, 2])
      #expect(try history.runs(journeyID: "a", limit: 0).isEmpty)
      #expect(try history.runs(journeyID: "c").isEmpty)
      #expect(try history.runCount(journeyID: "a") == 4)
      #expect(try history.runCount() == 6)
    }
  }

  @Test func aLimitedListKeepsTheCountsOfItsOwnRuns() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      var first = plainRun("a")
      first.contactsOnStep = ["wait": 1]
      var second = plainRun("a")
      second.contactsOnStep = ["wait": 2]
      try history.append([first, second])

      let newest = try history.runs(journeyID: "a", limit: 1)

      #expect(newest.map(\.contactsOnStep) == [["wait": 2]])
    }
  }

  @Test func readsTheStepCountsOfOneRun() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      var run = plainRun("a")
      run.contactsOnStep = ["start": 0, "wait": 4, "stop": 9]
      let ids = try history.append([plainRun("a"), run])

      #expect(try history.stepCounts(runID: ids[1]) == ["start": 0, "wait": 4, "stop": 9])
      #expect(try history.stepCounts(runID: ids[0]) == [:])
      #expect(try history.run(id: 99) == nil)
      let missing = StoreError.runNotFound(path: history.path, id: 99)
      #expect(throws: missing) { try history.stepCounts(runID: 99) }
      #expect(
        missing.description == "there is no run with id 99 in '\(history.path)': list the "
          + "runs to find a valid id.")
    }
  }

  @Test func summarizesEachSimulationNewestFirst() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      var runs: [RunRecord] = []
      for (hour, simulation) in [(0, "s1"), (1, "s1"), (2, "s1"), (0, "s2")] {
        var run = plainRun("a", simulationID: simulation)
        run.runType = .simulated
        run.runAt = Date(timeIntervalSince1970: 1_700_000_000 + Double(hour) * 3600)
        run.finishedAt = morning.addingTimeInterval(Double(hour))
        runs.append(run)
      }
      try history.append([plainRun("a")] + runs + [plainRun("b", simulationID: "s3")])

      let summaries = try history.simulations(journeyID: "a")

      #expect(
        summaries == [
          SimulationSummary(
            id: "s2", journeyID: "a", runCount: 1, firstRunID: 5, lastRunID: 5,
            firstRunAt: Date(timeIntervalSince1970: 1_700_000_000),
            lastRunAt: Date(timeIntervalSince1970: 1_700_000_000),
            startedAt: morning, finishedAt: morning),
          SimulationSummary(
            id: "s1", journeyID: "a", runCount: 3, firstRunID: 2, lastRunID: 4,
            firstRunAt: Date(timeIntervalSince1970: 1_700_000_000),
            lastRunAt: Date(timeIntervalSince1970: 1_700_007_200),
            startedAt: morning, finishedAt: morning.addingTimeInterval(2)),
        ])
      #expect(try history.simulations(journeyID: "c").isEmpty)
    }
  }

  @Test func aRefusedRunLeavesNothingOfItsBatch() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      try history.append([plainRun("a")])
      var bad = plainRun("a")
      bad.contactsOnStep = ["wait": 3, "stop": -1]

      let refused = StoreError.rejected(
        path: history.path, message: "CHECK constraint failed: contacts >= 0")
      #expect(throws: refused) { try history.append([plainRun("a"), plainRun("b"), bad]) }

      #expect(try history.runCount() == 1)
      #expect(try history.append([plainRun("a")]) == [2])
    }
  }

  @Test func keepsRunsAcrossReopening() throws {
    try withTemporaryFolder { workspace in
      let first = try RunHistory(workspace: workspace)
      try first.append([plainRun("a"), plainRun("a")])
      first.close()

      let second = try RunHistory(workspace: workspace)

      #expect(try second.runCount(journeyID: "a") == 2)
      #expect(try second.append([plainRun("a")]) == [3])
      #expect(
        second.path == workspace.appendingPathComponent(".journey/history.sqlite").path)
    }
  }

  @Test func storesTenThousandRunsInOneBatch() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      let runs = (0..<10_000).map { index in
        RunRecord(
          journeyID: "bulk", journeyVersion: 1, runType: .simulated, status: .success,
          startedAt: morning, finishedAt: morning,
          runAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 3600),
          entered: index, exitedByReason: ["exit rule": 1],
          activationsByDestination: ["email": index % 7, "sms": 1],
          contactsOnStep: ["start": 0, "wait": index, "stop": 2], simulationID: "big")
      }

      let ids = try history.append(runs)

      #expect(ids.count == 10_000)
      #expect(try history.runCount(journeyID: "bulk") == 10_000)
      let newest = try history.runs(journeyID: "bulk", limit: 1)
      #expect(newest.first?.entered == 9_999)
      #expect(newest.first?.activationsByDestination == ["email": 9_999 % 7, "sms": 1])
      #expect(try history.simulations(journeyID: "bulk").first?.runCount == 10_000)
    }
  }
}
