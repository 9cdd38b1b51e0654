import JourneyModel

/// A count shown during a simulation, so that the ones that just changed can be
/// highlighted for a moment.
enum CountKey: Hashable, Sendable {
  /// Contacts on a step now.
  case present(StepID)
  /// Contacts that moved on from a step (for a Stop: that completed there).
  case passed(StepID)
  /// Contacts that left the journey from a step.
  case exited(StepID)
  /// Contacts that took path `index` out of a step.
  case path(StepID, Int)
  /// A journey total, by name ("entered", "activations email").
  case total(String)
}
