/// Where a contact stands with a journey.
public enum ContactStatus: UInt8, Sendable, Equatable {
  /// Never entered.
  case outside = 0
  /// In the journey now.
  case inside = 1
  /// Completed or exited (it may enter again only with Allow Journey Repeat).
  case left = 2
}

/// Why a contact left a journey early.
public enum ExitReason: Int, CaseIterable, Sendable, Equatable, CustomStringConvertible {
  /// It met the exit rules at a run.
  case exitRule
  /// Its step was removed while the journey was paused.
  case stepRemoved

  /// "exit rule", "step removed".
  public var description: String {
    switch self {
    case .exitRule: return "exit rule"
    case .stepRemoved: return "step removed"
    }
  }
}

/// Everything a journey's runs have decided, per contact (arrays indexed by contact number)
/// and in total. A plain value: copy it to keep a snapshot.
public struct EngineState: Sendable {
  /// The moment the journey was published; no arrival is earlier.
  public let publishedAt: Int64
  /// The time of the latest run, if any.
  public internal(set) var lastRunAt: Int64?
  /// How many runs have happened.
  public internal(set) var runs = 0
  /// Each contact's status.
  var status: [ContactStatus]
  /// Each inside contact's step (-1 otherwise).
  var step: [Int32]
  /// Each inside contact's arrival time at its step.
  var arrival: [Int64]
  /// Each inside contact's entry time (its arrival at Start).
  var entryTime: [Int64]
  /// The earliest moment from which rules count towards a contact's next entry.
  var qualifyFrom: [Int64]
  /// How many times each contact entered.
  var entries: [Int32]
  /// Cumulative counts per step.
  public internal(set) var steps: StepTally
  /// Cumulative counts for the journey.
  public internal(set) var totals: JourneyTotals

  /// The state before any run, for `contactCount` contacts and `stepCount` steps.
  init(
    contactCount: Int, stepPaths: [Int], destinations: Int, publishedAt: Int64,
    firstQualifyingMoment: Int64
  ) {
    self.publishedAt = publishedAt
    status = Array(repeating: .outside, count: contactCount)
    step = Array(repeating: -1, count: contactCount)
    arrival = Array(repeating: 0, count: contactCount)
    entryTime = Array(repeating: 0, count: contactCount)
    qualifyFrom = Array(repeating: firstQualifyingMoment, count: contactCount)
    entries = Array(repeating: 0, count: contactCount)
    steps = StepTally(paths: stepPaths)
    totals = JourneyTotals(destinations: destinations)
  }
}

/// Cumulative counts per step: arrivals, contacts there now, departures per path and exits.
public struct StepTally: Sendable, Equatable {
  /// Arrivals per step, re-entries included.
  public internal(set) var arrived: [Int]
  /// Contacts on each step now.
  public internal(set) var present: [Int]
  /// Departures per step and path (in the step's path order).
  public internal(set) var left: [[Int]]
  /// Exits per step and reason (in `ExitReason` order).
  public internal(set) var exited: [[Int]]

  /// Zero counts for steps with the given numbers of paths.
  init(paths: [Int]) {
    arrived = Array(repeating: 0, count: paths.count)
    present = Array(repeating: 0, count: paths.count)
    left = paths.map { Array(repeating: 0, count: $0) }
    exited = paths.map { _ in Array(repeating: 0, count: ExitReason.allCases.count) }
  }
}

/// Cumulative counts for a whole journey.
public struct JourneyTotals: Sendable, Equatable {
  /// Entries, re-entries included.
  public internal(set) var entered = 0
  /// Completions.
  public internal(set) var completed = 0
  /// Exits per reason (in `ExitReason` order).
  public internal(set) var exited: [Int]
  /// Activations per destination (in the plan's destination order).
  public internal(set) var activations: [Int]
  /// Contacts refused at entry because they met the exit rules.
  public internal(set) var refused = 0

  /// Zero counts.
  init(destinations: Int) {
    exited = Array(repeating: 0, count: ExitReason.allCases.count)
    activations = Array(repeating: 0, count: destinations)
  }
}
