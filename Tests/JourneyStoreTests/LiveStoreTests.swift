import Foundation
import Testing

@testable import JourneyStore

@Suite struct LiveStoreTests {
  /// 2026-12-03T10:00:00Z.
  private let ten: Int64 = 1_796_292_000

  private func record(runAt: Int64, entered: Int = 0) -> RunRecord {
    RunRecord(
      journeyID: "welcome", journeyVersion: 2, runType: .scheduled, status: .success,
      startedAt: Date(timeIntervalSince1970: 1_800_000_000),
      finishedAt: Date(timeIntervalSince1970: 1_800_000_001),
      runAt: Date(timeIntervalSince1970: Double(runAt)), entered: entered,
      activationsByDestination: ["email": 1], contactsOnStep: ["start": 0, "wait": 1])
  }

  private func commit(runAt: Int64, activationID: String = "a1") -> LiveRunCommit {
    LiveRunCommit(
      record: record(runAt: runAt, entered: 2),
      journey: LiveJourney(
        journeyID: "welcome", version: 2, publishedAt: ten - 3600, versionSince: ten - 60,
        lastRunAt: runAt, runs: 4),
      contacts: [
        LiveContact(
          contactID: "c2", status: .left, stepID: "wait", arrival: ten - 10, entryTime: ten - 10,
          qualifyFrom: ten - 4, entries: 1),
        LiveContact(
          contactID: "c1", status: .inside, stepID: "wait", arrival: ten - 5,
          entryTime: ten - 5, qualifyFrom: ten - 3600, entries: 1),
      ],
      moves: [
        LiveMove(contactID: "c1", status: .inside, stepID: "wait", at: ten - 5),
        LiveMove(contactID: "c2", status: .left, stepID: nil, at: ten - 5, reason: "step removed"),
      ],
      activations: [
        NewActivation(activationID: activationID, destinationID: "email", payload: "{\"id\":1}")
      ])
  }

  @Test func aCommittedRunIsReadBackWhole() throws {
    try withTemporaryFolder { workspace in
      let store = try LiveStore(workspace: workspace)
      let runID = try store.commit(commit(runAt: ten))

      #expect(try store.journey("welcome") == LiveJourney(
        journeyID: "welcome", version: 2, publishedAt: ten - 3600, versionSince: ten - 60,
        lastRunAt: ten, runs: 4))
      #expect(try store.journey("other") == nil)
      let contacts = try store.contacts(journeyID: "welcome")
      #expect(contacts.map(\.contactID) == ["c1", "c2"])
      #expect(contacts[1].stepID == nil)
      #expect(try store.contactsOnSteps(journeyID: "welcome") == ["wait": 1])
      #expect(try store.contactsByStatus(journeyID: "welcome") == [.inside: 1, .left: 1])
      #expect(try store.moves(journeyID: "welcome", contactID: "c2") == [
        LiveMove(
          contactID: "c2", runID: runID, status: .left, stepID: nil, at: ten - 5,
          reason: "step removed")
      ])
      #expect(try store.waiting(journeyID: "welcome") == [
        OutboxEntry(
          id: 1, activationID: "a1", journeyID: "welcome", destinationID: "email",
          runID: runID, payload: "{\"id\":1}", attempts: 0, lastError: nil)
      ])

      let history = try RunHistory(workspace: workspace)
      let runs = try history.runs(journeyID: "welcome")
      #expect(runs.count == 1)
      #expect(runs.first?.id == runID)
      #expect(runs.first?.entered == 2)
      #expect(runs.first?.contactsOnStep == ["start": 0, "wait": 1])
      #expect(try store.lastRun(journeyID: "welcome")?.id == runID)
      #expect(try store.lastFailedRun(journeyID: "welcome") == nil)
    }
  }

  @Test func aRunThatFailsBeforeItsCommitKeepsNothing() throws {
    try withTemporaryFolder { workspace in
      let store = try LiveStore(workspace: workspace)
      #expect(throws: PlannedFailure()) {
        try store.commit(commit(runAt: ten)) { throw PlannedFailure() }
      }

      #expect(try store.journey("welcome") == nil)
      #expect(try store.contacts(journeyID: "welcome").isEmpty)
      #expect(try store.waiting(journeyID: "welcome").isEmpty)
      #expect(try RunHistory(workspace: workspace).runCount() == 0)
    }
  }

  @Test func anActivationIDIsStoredOnceAndARepeatRefusesTheWholeRun() throws {
    try withTemporaryFolder { workspace in
      let store = try LiveStore(workspace: workspace)
      try store.commit(commit(runAt: ten))
      #expect(throws: StoreError.self) { try store.commit(commit(runAt: ten + 3600)) }

      #expect(try store.journey("welcome")?.lastRunAt == ten)
      #expect(try store.waiting(journeyID: "welcome").count == 1)
      #expect(try RunHistory(workspace: workspace).runCount() == 1)
    }
  }

  @Test func deliveriesAreCountedMarkedAndTheirFailuresKept() throws {
    try withTemporaryFolder { workspace in
      let store = try LiveStore(workspace: workspace)
      try store.commit(commit(runAt: ten, activationID: "a1"))
      try store.commit(commit(runAt: ten + 3600, activationID: "a2"))
      let ids = try store.waiting(journeyID: "welcome").map(\.id)
      #expect(ids == [1, 2])

      try store.markAttempted(ids)
      let failedAt = Date(timeIntervalSince1970: 1_800_000_000)
      let failure = DeliveryFailure(
        journeyID: "welcome", destinationID: "email", failedAt: failedAt, activations: 2,
        reason: "HTTP 500")
      try store.recordFailure(failure, ids: ids)
      #expect(try store.waiting(journeyID: "welcome").map(\.attempts) == [1, 1])
      #expect(try store.waiting(journeyID: "welcome").map(\.lastError) == ["HTTP 500", "HTTP 500"])
      #expect(try store.lastDeliveryFailure(journeyID: "welcome") == failure)
      #expect(try store.waitingCounts(journeyID: "welcome") == ["email": 2])

      try store.markSent([1], at: failedAt)
      #expect(try store.waiting(journeyID: "welcome").map(\.activationID) == ["a2"])
      #expect(try store.sentCounts(journeyID: "welcome") == ["email": 1])
      #expect(try store.waitingCounts(journeyID: "welcome") == ["email": 1])
    }
  }

  @Test func aFailedRunIsRecordedAsTheLatestFailure() throws {
    try withTemporaryFolder { workspace in
      let store = try LiveStore(workspace: workspace)
      var failed = record(runAt: ten)
      failed.status = .fail(reason: "cannot read data/events.csv")
      let id = try store.record(failed)

      #expect(try store.lastFailedRun(journeyID: "welcome")?.id == id)
      #expect(
        try store.lastFailedRun(journeyID: "welcome")?.status
          == .fail(reason: "cannot read data/events.csv"))
      #expect(try store.journey("welcome") == nil)
    }
  }

  @Test func theLiveTablesKeepTheHistoryVersionAndRefuseANewerLiveSchema() throws {
    try withTemporaryFolder { workspace in
      let store = try LiveStore(workspace: workspace)
      store.close()
      let database = try Database(url: workspace.appendingPathComponent(".journey/history.sqlite"))
      #expect(try database.userVersion() == RunHistory.schemaVersion)
      try database.execute("UPDATE live_schema SET version = 9")
      database.close()

      let path = workspace.appendingPathComponent(".journey/history.sqlite").path
      #expect(throws: StoreError.newerSchema(path: path, found: 9, supported: 1)) {
        try LiveStore(workspace: workspace)
      }
      _ = try RunHistory(workspace: workspace)
    }
  }
}
