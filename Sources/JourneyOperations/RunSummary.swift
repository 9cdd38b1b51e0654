import JourneyStore

/// What one live run did, or why it failed.
public struct RunSummary: Sendable, Equatable {
  /// The journey's id.
  public var journeyID: String
  /// The version that ran.
  public var version: Int
  /// Scheduled, run now or full run.
  public var runType: RunRecord.RunType
  /// The run's time (seconds since 1970).
  public var runAt: Int64
  /// Contacts that entered.
  public var entered: Int
  /// Contacts that exited, per reason (only reasons that happened).
  public var exited: [NamedCount]
  /// Contacts that completed.
  public var completed: Int
  /// Activations per destination, in the plan's order.
  public var activations: [NamedCount]
  /// Why the run failed; nil when it succeeded. A failed run keeps nothing.
  public var failure: String?

  /// A summary.
  public init(
    journeyID: String, version: Int, runType: RunRecord.RunType, runAt: Int64,
    entered: Int = 0, exited: [NamedCount] = [], completed: Int = 0,
    activations: [NamedCount] = [], failure: String? = nil
  ) {
    self.journeyID = journeyID
    self.version = version
    self.runType = runType
    self.runAt = runAt
    self.entered = entered
    self.exited = exited
    self.completed = completed
    self.activations = activations
    self.failure = failure
  }

  /// Exits in all.
  public var exitedCount: Int { exited.reduce(0) { $0 + $1.count } }

  /// Activations in all.
  public var activationCount: Int { activations.reduce(0) { $0 + $1.count } }
}
