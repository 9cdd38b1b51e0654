import JourneyEngine

/// A run's counts by name, the way the run history keeps them: only the counts that are not
/// zero, keyed by exit reason, destination and step id.
public struct NamedRunCounts: Sendable, Equatable {
  /// Exits by reason ("exit rule", "step removed").
  public let exitedByReason: [String: Int]
  /// Activations by destination id.
  public let activationsByDestination: [String: Int]
  /// Contacts on each step at the end of the run, by step id.
  public let contactsOnStep: [String: Int]

  /// The named counts of `result`, a run of `plan`.
  public init(_ result: RunResult, plan: ExecutionPlan) {
    // TODO: journey simulate builds the same counts with its own code, so they could drift.
    exitedByReason = NamedRunCounts.nonZero(
      ExitReason.allCases.map(\.description), result.exited)
    activationsByDestination = NamedRunCounts.nonZero(
      plan.destinations, result.activationsPerDestination)
    contactsOnStep = NamedRunCounts.nonZero(plan.stepIDs, result.contactsOnStep)
  }

  private static func nonZero(_ names: [String], _ values: [Int]) -> [String: Int] {
    var counts: [String: Int] = [:]
    for (name, value) in zip(names, values) where value != 0 { counts[name] = value }
    return counts
  }
}
