/// A Pause Until step: holds contacts until a condition is met or a timeout passes.
public struct PauseUntilStep: Equatable, Sendable {
  /// What releases a contact down the met path; nil while not set (a blocking error).
  public var condition: Condition?
  /// How long to wait at most; nil waits for ever (a warning).
  public var timeout: TimeSpan?
  /// The first step after the condition is met.
  public var metNext: StepID?
  /// The first step after the timeout.
  public var timeoutNext: StepID?

  /// Creates a pause.
  public init(
    condition: Condition?, timeout: TimeSpan?, metNext: StepID? = nil,
    timeoutNext: StepID? = nil
  ) {
    self.condition = condition
    self.timeout = timeout
    self.metNext = metNext
    self.timeoutNext = timeoutNext
  }
}
