import JourneyEngine
import JourneySimulator

/// What one simulated run did, for the log: who entered, completed and left, and what was
/// activated, with the first few activations by contact.
struct RunSummary: Sendable, Equatable {
  /// The most activations listed by contact.
  static let sampleLimit = 5

  /// The run's number, from 1.
  let number: Int
  /// The run's simulated time.
  let runAt: Int64
  /// Contacts that entered.
  let entered: Int
  /// Contacts that completed.
  let completed: Int
  /// Contacts refused at entry because they met the exit rules.
  let refused: Int
  /// Exits by reason, only those that happened.
  let exited: [SimulationReport.Count]
  /// Activations by destination, only those that happened.
  let activations: [SimulationReport.Count]
  /// The first activations: contact, destination and step.
  let samples: [String]

  /// True when the run changed nothing.
  var isQuiet: Bool {
    entered == 0 && completed == 0 && refused == 0 && exited.isEmpty && activations.isEmpty
  }

  /// The run's activations in all.
  var activationTotal: Int { activations.reduce(0) { $0 + $1.value } }

  /// Sums up `result`, run number `number` of `plan`.
  init(_ result: RunResult, number: Int, plan: ExecutionPlan) {
    self.number = number
    runAt = result.runAt
    entered = result.entered
    completed = result.completed
    refused = result.refused
    exited = zip(ExitReason.allCases, result.exited).filter { $0.1 > 0 }.map {
      SimulationReport.Count($0.0.description, $0.1)
    }
    activations = zip(plan.destinations, result.activationsPerDestination)
      .filter { $0.1 > 0 }.map { SimulationReport.Count($0.0, $0.1) }
    let ids = plan.data.contactIDs
    let steps = plan.stepIDs
    samples = result.activations.prefix(RunSummary.sampleLimit).map { activation in
      let contact = ids.indices.contains(Int(activation.contact))
        ? ids[Int(activation.contact)] : "?"
      let destination = plan.destinations.indices.contains(Int(activation.destination))
        ? plan.destinations[Int(activation.destination)] : "?"
      let step = steps.indices.contains(Int(activation.step)) ? steps[Int(activation.step)] : "?"
      return "\(contact) → \(destination) at \(step)"
    }
  }
}
