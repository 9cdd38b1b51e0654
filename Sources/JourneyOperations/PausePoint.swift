/// Moments inside a live run at which a test can stop the process, to check that a run
/// killed there leaves nothing half done.
public enum PausePoint: String, CaseIterable, Sendable {
  /// The run's state, history row and outbox are written but not committed.
  case beforeCommit = "before-commit"
  /// The run is committed; none of its activations is delivered.
  case afterCommit = "after-commit"
  /// A batch was handed to its destination but is not marked as sent.
  case afterDelivery = "after-delivery"
}
