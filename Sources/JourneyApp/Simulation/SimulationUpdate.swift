import Foundation
import JourneyModel
import JourneySimulator
import TerminalKit

/// A message from the simulation worker to the UI thread.
enum SimulationUpdate: Sendable {
  /// The data is being read from `folder` (`bytes` in all).
  case loading(folder: String, bytes: Int64)
  /// The data was read: how many contacts, and how many bad rows were skipped.
  case loaded(contacts: Int, skippedRows: Int)
  /// New counts.
  case frame(SimulationFrame)
  /// The simulation cannot go on: why, and what to do.
  case failed(String)
  /// Something to say in the flash line.
  case notice(String, FlashMessage.Severity)
  /// The contacts on each step after the runs of simulation `simulationID`, asked for
  /// step `step`.
  case census(simulationID: String, step: StepID, StepCensus)
  /// How far the comparison has come, in words.
  case comparing(String)
  /// The comparison of the saved version (called `label`) with the draft.
  case compared(ReportComparison, label: String)
}

/// A lock-protected flag board shared by the UI thread and the worker: which command is
/// current (older loops stop when it changes), the speed, and the followed contact.
final class SimulationControl: @unchecked Sendable {
  private let lock = NSLock()
  private var generation = 0
  private var closed = false
  private var runsPerSecond: Double?
  private var followedID: String?

  /// Starts a new command: loops of older commands stop after their current run.
  func bump() -> Int {
    lock.withLock {
      generation += 1
      return generation
    }
  }

  /// True while `generation` is the latest command and the session is open.
  func isCurrent(_ generation: Int) -> Bool {
    lock.withLock { !closed && generation == self.generation }
  }

  /// True until the session is closed.
  var isOpen: Bool { lock.withLock { !closed } }

  /// Ends the session: every loop stops.
  func close() {
    lock.withLock { closed = true }
  }

  /// Runs per second while playing, nil for as fast as possible.
  var speed: Double? {
    get { lock.withLock { runsPerSecond } }
    set { lock.withLock { runsPerSecond = newValue } }
  }

  /// The contact whose path each frame carries.
  var followed: String? {
    get { lock.withLock { followedID } }
    set { lock.withLock { followedID = newValue } }
  }
}
