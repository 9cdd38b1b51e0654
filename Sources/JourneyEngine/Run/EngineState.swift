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

/// The totals a journey's runs have decided: when it was published, how many runs, and the
/// counts per step and for the journey. A plain value: copy it to keep it.
public struct EngineState: Sendable {
  /// The moment the journey was published; no arrival is earlier.
  public let publishedAt: Int64
  /// The time of the latest run, if any.
  public internal(set) var lastRunAt: Int64?
  /// How many runs have happened.
  public internal(set) var runs = 0
  /// Cumulative counts per step.
  public internal(set) var steps: StepTally
  /// Cumulative counts for the journey.
  public internal(set) var totals: JourneyTotals

  /// A state with the given counts.
  init(
    publishedAt: Int64, lastRunAt: Int64?, runs: Int, steps: StepTally, totals: JourneyTotals
  ) {
    self.publishedAt = publishedAt
    self.lastRunAt = lastRunAt
    self.runs = runs
    self.steps = steps
    self.totals = totals
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

extension EngineState {
  /// The counts of engines that looked after disjoint sets of contacts, added up.
  public static func combined(_ states: [EngineState]) -> EngineState? {
    guard var total = states.first else { return nil }
    for state in states.dropFirst() {
      total.runs = max(total.runs, state.runs)
      if let last = state.lastRunAt { total.lastRunAt = max(total.lastRunAt ?? last, last) }
      total.steps.add(state.steps)
      total.totals.add(state.totals)
    }
    return total
  }
}

extension StepTally {
  /// Adds `other`'s counts (of the same steps).
  mutating func add(_ other: StepTally) {
    for step in arrived.indices {
      arrived[step] += other.arrived[step]
      present[step] += other.present[step]
      for path in left[step].indices { left[step][path] += other.left[step][path] }
      for reason in exited[step].indices { exited[step][reason] += other.exited[step][reason] }
    }
  }
}

extension JourneyTotals {
  /// Adds `other`'s counts (of the same journey).
  mutating func add(_ other: JourneyTotals) {
    entered += other.entered
    completed += other.completed
    refused += other.refused
    for reason in exited.indices { exited[reason] += other.exited[reason] }
    for index in activations.indices { activations[index] += other.activations[index] }
  }
}
