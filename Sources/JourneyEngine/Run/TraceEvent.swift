import JourneyModel

/// One thing that happened to a traced contact, with the reason in words.
public struct TraceEvent: Sendable, Equatable {
  /// What happened.
  public enum Kind: String, Sendable, Equatable {
    /// It entered the journey (at Start).
    case entered
    /// It reached a step.
    case reached
    /// It left a step by one of its paths.
    case left
    /// An Activate step sent it to destinations.
    case activated
    /// It completed the journey.
    case completed
    /// It left the journey early.
    case exited
    /// It qualified but met the exit rules, so it was not admitted.
    case refused
  }

  /// What happened.
  public let kind: Kind
  /// The step concerned, if any.
  public let step: StepID?
  /// The moment it logically happened.
  public let time: Int64
  /// The run that carried it out.
  public let runAt: Int64
  /// The path taken, for `left`: a Segment group's name, "other", "met", "timeout", "next".
  public let path: String?
  /// Why, in words: "plan = pro", "purchase at 2026-03-01T09:30:00Z", "timeout at ...".
  public let detail: String

  /// Creates an event.
  public init(
    kind: Kind, step: StepID?, time: Int64, runAt: Int64, path: String? = nil,
    detail: String = ""
  ) {
    self.kind = kind
    self.step = step
    self.time = time
    self.runAt = runAt
    self.path = path
    self.detail = detail
  }
}
