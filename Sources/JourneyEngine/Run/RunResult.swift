/// How a run admits contacts.
public enum RunMode: Sendable, Equatable {
  /// Admits contacts whose entry rules became true (a scheduled run, Run now, a simulated
  /// run).
  case normal
  /// Also admits every contact that qualifies now and may enter under the repeat rule, as
  /// if enrollment were existing-and-new; contacts inside are left alone.
  case full
}

/// One activation: a contact sent to a destination by an Activate step.
public struct Activation: Sendable, Equatable {
  /// The contact's number.
  public let contact: Int32
  /// The destination (index into the plan's destinations).
  public let destination: Int32
  /// The Activate step (index into the plan's steps).
  public let step: Int32
  /// The journey version that ran.
  public let version: Int
  /// When the contact logically reached the step.
  public let arrival: Int64
  /// The run that sent it.
  public let runAt: Int64
}

/// What one run did.
public struct RunResult: Sendable, Equatable {
  /// The run's time.
  public let runAt: Int64
  /// Contacts that entered.
  public internal(set) var entered = 0
  /// Contacts that completed.
  public internal(set) var completed = 0
  /// Exits per reason (in `ExitReason` order).
  public internal(set) var exited: [Int] = Array(repeating: 0, count: ExitReason.allCases.count)
  /// Activations per destination (in the plan's destination order).
  public internal(set) var activationsPerDestination: [Int]
  /// Contacts on each step (in the plan's step order) at the end of the run.
  public internal(set) var contactsOnStep: [Int] = []
  /// Contacts refused at entry because they met the exit rules.
  public internal(set) var refused = 0
  /// Step arrivals handled (a measure of the run's work).
  public internal(set) var contactSteps = 0
  /// Every activation of the run, by contact then step.
  public internal(set) var activations: [Activation] = []

  /// An empty result for a run at `runAt`.
  init(runAt: Int64, destinations: Int) {
    self.runAt = runAt
    activationsPerDestination = Array(repeating: 0, count: destinations)
  }

  /// How many contacts exited in all.
  public var exitedCount: Int { exited.reduce(0, +) }
}

extension RunResult {
  /// The results of one run of engines that looked after disjoint, ascending ranges of
  /// contacts, in that order: counts added, activations kept in contact order.
  public static func combined(_ results: [RunResult]) -> RunResult? {
    guard var total = results.first else { return nil }
    for result in results.dropFirst() {
      total.entered += result.entered
      total.completed += result.completed
      total.refused += result.refused
      total.contactSteps += result.contactSteps
      for reason in total.exited.indices { total.exited[reason] += result.exited[reason] }
      for index in total.activationsPerDestination.indices {
        total.activationsPerDestination[index] += result.activationsPerDestination[index]
      }
      for index in total.contactsOnStep.indices {
        total.contactsOnStep[index] += result.contactsOnStep[index]
      }
      total.activations += result.activations
    }
    return total
  }
}
