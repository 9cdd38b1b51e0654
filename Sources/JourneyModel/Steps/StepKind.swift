/// What a step does, with its configuration and the steps its paths lead to.
public enum StepKind: Equatable, Sendable {
  /// Entry point; its single path leads to the first step.
  case start(next: StepID?)
  /// Holds contacts for a duration or until a weekday and time.
  case wait(WaitStep)
  /// Branches on one profile field.
  case segment(SegmentStep)
  /// Holds contacts until a condition is met or a timeout passes.
  case pauseUntil(PauseUntilStep)
  /// Activates destinations.
  case activate(ActivateStep)
  /// Ends a branch. A `next` here is an error that validation reports.
  case stop(next: StepID?)

  /// The type without configuration.
  public var type: StepType {
    switch self {
    case .start: return .start
    case .wait: return .wait
    case .segment: return .segment
    case .pauseUntil: return .pauseUntil
    case .activate: return .activate
    case .stop: return .stop
    }
  }

  /// The paths out, in display order. A Stop has none unless it wrongly names a next step.
  public var paths: [StepPath] {
    switch self {
    case .start(let next): return [StepPath(.next, next)]
    case .wait(let wait): return [StepPath(.next, wait.next)]
    case .activate(let activate): return [StepPath(.next, activate.next)]
    case .stop(let next): return next.map { [StepPath(.next, $0)] } ?? []
    case .segment(let segment):
      let groups = segment.groups.enumerated().map { StepPath(.group($0.offset), $0.element.next) }
      return groups + [StepPath(.other, segment.otherNext)]
    case .pauseUntil(let pause):
      return [StepPath(.met, pause.metNext), StepPath(.timeout, pause.timeoutNext)]
    }
  }

  /// Connects the path `label` to `target` (nil disconnects it). Unknown labels are ignored.
  public mutating func setTarget(_ target: StepID?, of label: PathLabel) {
    switch (self, label) {
    case (.start, .next): self = .start(next: target)
    case (.stop, .next): self = .stop(next: target)
    case (.wait(var wait), .next):
      wait.next = target
      self = .wait(wait)
    case (.activate(var activate), .next):
      activate.next = target
      self = .activate(activate)
    case (.segment(var segment), .group(let index)) where segment.groups.indices.contains(index):
      segment.groups[index].next = target
      self = .segment(segment)
    case (.segment(var segment), .other):
      segment.otherNext = target
      self = .segment(segment)
    case (.pauseUntil(var pause), .met):
      pause.metNext = target
      self = .pauseUntil(pause)
    case (.pauseUntil(var pause), .timeout):
      pause.timeoutNext = target
      self = .pauseUntil(pause)
    default:
      return
    }
  }
}
