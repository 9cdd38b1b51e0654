/// Checks one step: its configuration first, in the order an editor shows the inputs, then
/// its paths. The rules of each step type live in their own file.
enum StepRules {
  /// Appends the problems of `context.step` to `list`.
  static func check(_ context: StepContext, _ list: inout ProblemList) {
    list.stepID = context.step.id
    switch context.step.kind {
    case .start(let next):
      PathRules.checkEnd(next, context, &list)
    case .wait(let wait):
      WaitRules.check(wait, context, &list)
    case .segment(let segment):
      SegmentRules.check(segment, context, &list)
    case .pauseUntil(let pause):
      PauseUntilRules.check(pause, context, &list)
    case .activate(let activate):
      ActivateRules.check(activate, context, &list)
    case .stop(let next):
      PathRules.checkAfterStop(next, context, &list)
    }
  }
}
