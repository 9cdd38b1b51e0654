import Foundation

/// One run of a journey as kept in the run history: what ran, how it ended and the counts.
public struct RunRecord: Equatable, Sendable {
  /// Why a run happened.
  public enum RunType: String, CaseIterable, Equatable, Sendable {
    /// A run at one of the journey's schedule times.
    case scheduled

    /// A normal run started by hand at the current time.
    case runNow = "run-now"

    /// A run by hand that also admits every contact that qualifies now.
    case fullRun = "full-run"

    /// A run of the simulator on its simulated clock.
    case simulated
  }

  /// How a run ended.
  public enum Status: Equatable, Sendable {
    /// The run did all its work.
    case success

    /// The run stopped early; the reason says why, when known.
    case fail(reason: String?)
  }

  /// The history's number for the run, set once the run is stored (nil before).
  public var id: Int64?

  /// The journey that ran.
  public var journeyID: String

  /// The published version of the journey that ran.
  public var journeyVersion: Int

  /// Why the run happened.
  public var runType: RunType

  /// How the run ended.
  public var status: Status

  /// When the run started, on the real clock (kept to the millisecond).
  public var startedAt: Date

  /// When the run finished, on the real clock (kept to the millisecond).
  public var finishedAt: Date

  /// The time the run handled: the simulated clock's time for simulated runs, the schedule's
  /// (or the given) time for live runs; nil when unknown.
  public var runAt: Date?

  /// Contacts that entered the journey in this run.
  public var entered: Int

  /// Contacts that left the journey by an exit in this run.
  public var exited: Int

  /// Contacts that completed the journey in this run.
  public var completed: Int

  /// Exits in this run by reason, such as "exit rule" or "step removed".
  public var exitedByReason: [String: Int]

  /// Activations sent in this run, per destination id.
  public var activationsByDestination: [String: Int]

  /// Contacts on each step (by step id) at the end of the run.
  public var contactsOnStep: [String: Int]

  /// The simulation this run belongs to, grouping the runs of one simulation; nil otherwise.
  public var simulationID: String?

  /// A run record; counts and dictionaries default to zero and empty.
  public init(
    id: Int64? = nil, journeyID: String, journeyVersion: Int, runType: RunType,
    status: Status, startedAt: Date, finishedAt: Date, runAt: Date? = nil,
    entered: Int = 0, exited: Int = 0, completed: Int = 0,
    exitedByReason: [String: Int] = [:], activationsByDestination: [String: Int] = [:],
    contactsOnStep: [String: Int] = [:], simulationID: String? = nil
  ) {
    self.id = id
    self.journeyID = journeyID
    self.journeyVersion = journeyVersion
    self.runType = runType
    self.status = status
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.runAt = runAt
    self.entered = entered
    self.exited = exited
    self.completed = completed
    self.exitedByReason = exitedByReason
    self.activationsByDestination = activationsByDestination
    self.contactsOnStep = contactsOnStep
    self.simulationID = simulationID
  }
}
