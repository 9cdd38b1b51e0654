import Foundation
import JourneyEngine
import JourneyModel
import JourneySimulator
import JourneyStore

/// Keeps the runs of a live simulation in the workspace's run history, marked as simulated,
/// the way `journey simulate` records them: runs are gathered and written in batches (one
/// transaction each) when a command ends and about once a second while playing.
final class HistoryRecorder {
  /// How long runs may wait before they are written while playing, in seconds.
  static let flushInterval = 1.0

  private let workspace: URL
  private var history: RunHistory?
  private var pending: [RunRecord] = []
  private var lastFlush = DispatchTime.now()
  private var failed = false

  /// A recorder for the workspace at `workspace`.
  init(workspace: URL) {
    self.workspace = workspace
  }

  /// Gathers run `result` of `context`'s simulation.
  func add(_ result: RunResult, _ context: SimulationContext) {
    let counts = NamedRunCounts(result, plan: context.plan)
    let now = Date()
    pending.append(RunRecord(
      journeyID: context.journey.id, journeyVersion: context.journey.version,
      runType: .simulated, status: .success, startedAt: now, finishedAt: now,
      runAt: Date(timeIntervalSince1970: Double(result.runAt)), entered: result.entered,
      exited: result.exitedCount, completed: result.completed,
      exitedByReason: counts.exitedByReason,
      activationsByDestination: counts.activationsByDestination,
      contactsOnStep: counts.contactsOnStep, simulationID: context.simulationID))
  }

  /// Writes the gathered runs when a second has passed since the last write.
  func flushIfDue() -> String? {
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - lastFlush.uptimeNanoseconds)
    return elapsed / 1e9 >= HistoryRecorder.flushInterval ? flush() : nil
  }

  /// Writes the gathered runs; returns a message when they cannot be written (said once).
  func flush() -> String? {
    lastFlush = DispatchTime.now()
    guard !pending.isEmpty, !failed else { return nil }
    do {
      let history = try self.history ?? RunHistory(workspace: workspace)
      self.history = history
      try history.append(pending)
      pending.removeAll()
      return nil
    } catch {
      failed = true
      pending.removeAll()
      return "cannot record the simulated runs in \(RunHistory.relativePath): \(error); "
        + "the simulation goes on without recording"
    }
  }

  /// Writes what is left and closes the history file.
  func close() -> String? {
    let message = flush()
    history?.close()
    history = nil
    return message
  }
}
