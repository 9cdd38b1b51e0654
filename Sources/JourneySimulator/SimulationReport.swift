import JourneyEngine
import JourneyModel

/// An immutable picture of a simulation at one moment: counts for the journey and for every
/// step. Safe to hand to another thread.
public struct SimulationReport: Sendable, Equatable {
  /// A named count.
  public struct Count: Sendable, Equatable {
    /// What is counted: a path, a reason, a destination.
    public let name: String
    /// How many.
    public let value: Int

    /// Creates a count.
    public init(_ name: String, _ value: Int) {
      self.name = name
      self.value = value
    }
  }

  /// The counts of one step.
  public struct StepRow: Sendable, Equatable {
    /// The step's id.
    public let id: StepID
    /// The step's type.
    public let type: StepType
    /// The step's label: its name, or a summary such as "Wait 2 days".
    public let label: String
    /// 0 for Start, 1 for its children...
    public let depth: Int
    /// The path from the parent that leads here ("Pro", "met", "timeout"), nil for a single
    /// path or for Start.
    public let via: String?
    /// Arrivals, re-entries included.
    public let arrived: Int
    /// Contacts on the step now.
    public let present: Int
    /// Departures per path, in path order.
    public let left: [Count]
    /// Exits per reason.
    public let exited: [Count]

    /// All departures.
    public var leftTotal: Int { left.reduce(0) { $0 + $1.value } }
    /// All exits.
    public var exitedTotal: Int { exited.reduce(0) { $0 + $1.value } }
  }

  /// The journey's id.
  public let journeyID: String
  /// The journey's name.
  public let journeyName: String
  /// The journey's version.
  public let version: Int
  /// The journey's time zone.
  public let zone: String
  /// The schedule simulated, in words.
  public let schedule: String
  /// The simulated span's start (the publish time).
  public let from: Int64
  /// The simulated span's end.
  public let to: Int64
  /// The time of the latest run, nil before the first.
  public let clock: Int64?
  /// Runs done.
  public let runs: Int
  /// Runs planned in all, nil when not known in advance (real time).
  public let plannedRuns: Int?
  /// True when every run is done.
  public let finished: Bool
  /// Contacts in the data.
  public let contacts: Int
  /// Entries, re-entries included.
  public let entered: Int
  /// Completions.
  public let completed: Int
  /// Contacts refused at entry because they met the exit rules.
  public let refused: Int
  /// Exits per reason.
  public let exited: [Count]
  /// Activations per destination.
  public let activations: [Count]
  /// Every step, in tree order (Start first, children in path order).
  public let steps: [StepRow]

  /// All exits.
  public var exitedTotal: Int { exited.reduce(0) { $0 + $1.value } }
  /// Contacts in the journey now.
  public var inside: Int { steps.reduce(0) { $0 + $1.present } }
}
