extension StepKind {
  /// Calls `body` with each path's label and target, in display order, like `paths` but
  /// without building an array.
  func forEachPath(_ body: (PathLabel, StepID?) -> Void) {
    switch self {
    case .start(let next): body(.next, next)
    case .wait(let wait): body(.next, wait.next)
    case .activate(let activate): body(.next, activate.next)
    case .stop(let next): if let next { body(.next, next) }
    case .segment(let segment):
      for (index, group) in segment.groups.enumerated() { body(.group(index), group.next) }
      body(.other, segment.otherNext)
    case .pauseUntil(let pause):
      body(.met, pause.metNext)
      body(.timeout, pause.timeoutNext)
    }
  }
}
