import Foundation
import JourneyEngine
import JourneyModel
import JourneyStore

extension JourneySession {
  /// Loads the data, compiles the published version and continues from the saved state,
  /// once; on failure records a failed run at `time` of `type` and returns false.
  func prepare(
    firstRunAt time: Int64, type: RunRecord.RunType, _ report: (RunEvent) -> Void
  ) -> Bool {
    guard engine == nil else { return true }
    do {
      let data = try context.cache.data()
      let notes = context.cache.takeLoadNotes()
      if !notes.isEmpty { report(.dataNotes(notes)) }
      let plan = try ExecutionPlan(journey: published, hub: context.workspace.hub, data: data)
      let rows = try context.store.contacts(journeyID: journey.id)
      baseline = Dictionary(rows.map { ($0.contactID, $0) }, uniquingKeysWith: { $1 })
      if let live = try context.store.journey(journey.id) {
        engine = JourneyEngine(plan: plan, snapshot: ContactRows.snapshot(live, rows))
      } else {
        engine = JourneyEngine(plan: plan, publishedAt: publishedAt)
      }
      return true
    } catch {
      return failEarly(at: time, type: type, "\(error)", report)
    }
  }

  /// Carries out one run at `time` and commits it; false when it failed and kept nothing.
  func runOnce(
    at time: Int64, type: RunRecord.RunType, mode: RunMode, _ report: (RunEvent) -> Void
  ) -> Bool {
    guard let engine else { return false }
    let plan = engine.plan
    let started = context.clock()
    let result = engine.run(at: time, mode: mode)
    // TODO: each run snapshots and compares every contact with a state, so a long real-time
    // catch-up over a large data set costs contacts × runs.
    let snapshot = engine.snapshot()
    let changes = StateChanges(from: baseline, to: snapshot) { plan.stepIndex($0) != nil }
    let summary = self.summary(result, plan: plan, type: type)
    let commit = LiveRunCommit(
      record: record(summary, plan: plan, result: result, started: started),
      journey: LiveJourney(
        journeyID: journey.id, version: plan.journey.version, publishedAt: publishedAt,
        versionSince: versionSince, lastRunAt: time, runs: snapshot.runs),
      contacts: changes.contacts, moves: changes.moves,
      activations: result.activations.map { activation(of: $0, plan: plan).outboxEntry })

    do {
      try context.store.commit(commit) { try context.pause(.beforeCommit) }
    } catch {
      // The engine is now ahead of the saved state: this session stops here.
      self.engine = nil
      return fail(summary, started: started, reason: "\(error)", report)
    }
    for contact in changes.contacts { baseline[contact.contactID] = contact }
    lastRunAt = time
    // The run is kept whatever the hook does here.
    try? context.pause(.afterCommit)
    report(.ran(summary))
    deliver(report)
    return true
  }

  /// Records a run that failed before it could start; returns false.
  func failEarly(
    at time: Int64, type: RunRecord.RunType, _ reason: String, _ report: (RunEvent) -> Void
  ) -> Bool {
    let summary = RunSummary(
      journeyID: journey.id, version: published.version, runType: type, runAt: time)
    return fail(summary, started: context.clock(), reason: reason, report)
  }

  /// Records `summary` as a failed run with `reason` and reports it; returns false.
  private func fail(
    _ summary: RunSummary, started: Date, reason: String, _ report: (RunEvent) -> Void
  ) -> Bool {
    var failed = summary
    failed.failure = reason
    let row = RunRecord(
      journeyID: journey.id, journeyVersion: summary.version, runType: summary.runType,
      status: .fail(reason: reason), startedAt: started, finishedAt: context.clock(),
      runAt: Date(timeIntervalSince1970: Double(summary.runAt)))
    do {
      try context.store.record(row)
    } catch {
      failed.failure = reason + " (the failure itself could not be recorded: \(error))"
    }
    report(.failed(failed))
    return false
  }

  /// What a run did, in counts.
  private func summary(
    _ result: RunResult, plan: ExecutionPlan, type: RunRecord.RunType
  ) -> RunSummary {
    RunSummary(
      journeyID: journey.id, version: plan.journey.version, runType: type, runAt: result.runAt,
      entered: result.entered,
      exited: ExitReason.allCases.compactMap { reason in
        let count = result.exited[reason.rawValue]
        return count == 0 ? nil : NamedCount(reason.description, count)
      },
      completed: result.completed,
      activations: plan.destinations.enumerated().map {
        NamedCount($0.element, result.activationsPerDestination[$0.offset])
      })
  }

  /// The history row of a successful run.
  private func record(
    _ summary: RunSummary, plan: ExecutionPlan, result: RunResult, started: Date
  ) -> RunRecord {
    RunRecord(
      journeyID: journey.id, journeyVersion: summary.version, runType: summary.runType,
      status: .success, startedAt: started, finishedAt: context.clock(),
      runAt: Date(timeIntervalSince1970: Double(summary.runAt)), entered: summary.entered,
      exited: summary.exitedCount, completed: summary.completed,
      exitedByReason: Dictionary(summary.exited.map { ($0.name, $0.count) }) { $0 + $1 },
      activationsByDestination: Dictionary(summary.activations.map { ($0.name, $0.count) }) {
        $0 + $1
      },
      contactsOnStep: Dictionary(
        zip(plan.stepIDs, result.contactsOnStep).map { ($0, $1) }, uniquingKeysWith: { $1 }))
  }

  /// The delivered form of an engine activation.
  private func activation(of activation: Activation, plan: ExecutionPlan) -> ActivationRecord {
    ActivationRecord(
      journeyID: journey.id, version: activation.version,
      contactID: plan.data.contactIDs[Int(activation.contact)],
      destinationID: plan.destinations[Int(activation.destination)],
      stepID: plan.stepIDs[Int(activation.step)], arrival: activation.arrival,
      runAt: activation.runAt)
  }
}
