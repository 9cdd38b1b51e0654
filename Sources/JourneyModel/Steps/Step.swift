/// The identifier of a step, unique within its journey.
public typealias StepID = String

/// One box on the canvas: an id, an optional label, and what the step does.
public struct Step: Equatable, Sendable {
  /// Unique within the journey.
  public var id: StepID
  /// A label the marketer chose; empty when none.
  public var name: String
  /// What the step does, with its configuration and the steps it leads to.
  public var kind: StepKind

  /// Creates a step.
  public init(id: StepID, name: String = "", kind: StepKind) {
    self.id = id
    self.name = name
    self.kind = kind
  }

  /// The paths out of this step, in display order.
  public var paths: [StepPath] { kind.paths }
}

/// The type of a step, without its configuration.
public enum StepType: String, CaseIterable, Equatable, Sendable {
  /// Where contacts enter.
  case start
  /// Holds contacts for a time.
  case wait
  /// Branches on a profile field.
  case segment
  /// Holds contacts until a condition or a timeout.
  case pauseUntil
  /// Sends contacts to destinations.
  case activate
  /// Ends a branch.
  case stop

  /// The name marketers read: "Start", "Wait", "Segment", "Pause Until", "Activate", "Stop".
  public var title: String {
    switch self {
    case .start: return "Start"
    case .wait: return "Wait"
    case .segment: return "Segment"
    case .pauseUntil: return "Pause Until"
    case .activate: return "Activate"
    case .stop: return "Stop"
    }
  }
}

/// One way out of a step: a label (a Segment group, "other", "met", "timeout" or none) and the
/// step it leads to, nil when nothing is connected.
public struct StepPath: Equatable, Sendable {
  /// Which path this is.
  public var label: PathLabel
  /// The step the path leads to; nil when the path is empty.
  public var target: StepID?

  /// Creates a path.
  public init(_ label: PathLabel, _ target: StepID?) {
    self.label = label
    self.target = target
  }
}

/// The name of a path out of a step.
public enum PathLabel: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The single path of Start, Wait, Activate (and a Stop's illegal next).
  case next
  /// A Segment group, by its position.
  case group(Int)
  /// A Segment's implicit other branch.
  case other
  /// Pause Until: the condition was met.
  case met
  /// Pause Until: the timeout passed first.
  case timeout

  /// A short text: "next", "group 1", "other", "met", "timeout".
  public var description: String {
    switch self {
    case .next: return "next"
    case .group(let index): return "group \(index + 1)"
    case .other: return "other"
    case .met: return "met"
    case .timeout: return "timeout"
    }
  }
}
