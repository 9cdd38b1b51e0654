/// Rules about where paths lead: paths that end without a Stop, branches that lead nowhere,
/// and steps after a Stop.
enum PathRules {
  /// Warns when the single path of a Start, Wait or Activate ends without a Stop.
  static func checkEnd(_ next: StepID?, _ context: StepContext, _ list: inout ProblemList) {
    guard next == nil else { return }

    if context.step.kind.type == .start {
      list.add(.pathWithoutStop, "next", "\(context.name) leads to no step: contacts complete "
        + "as soon as they enter; add the journey's steps and end each path with a Stop.")
    } else {
      list.add(.pathWithoutStop, "next", "\(context.name) ends its path without a Stop: "
        + "contacts complete there; add a Stop after it to make the end explicit.")
    }
  }

  /// Reports a Segment branch or Pause Until path that leads to no step; `branch` names it at
  /// the start of a sentence ("Group \"VIP\" of Segment \"s\"").
  static func checkConnected(
    _ path: StepPath, _ branch: @autoclosure () -> String, _ context: StepContext,
    _ list: inout ProblemList
  ) {
    guard path.target == nil else { return }

    list.add(.branchNotConnected, ProblemText.pathKey(path.label), "\(branch()) leads to no "
      + "step: connect it to a step, such as a Stop.")
  }

  /// Reports a Stop that names a step after it.
  static func checkAfterStop(_ next: StepID?, _ context: StepContext, _ list: inout ProblemList) {
    guard let next else { return }

    list.add(.stepAfterStop, "next", "\(context.name) is followed by step "
      + "\(ProblemText.quote(next)): a Stop ends its path, so move that step elsewhere or "
      + "replace the Stop.")
  }
}
