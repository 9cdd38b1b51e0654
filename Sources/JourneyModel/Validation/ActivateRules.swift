/// Rules for Activate steps: known destinations, and where the activation sits (right after
/// Start, with no Wait before it under Allow Journey Repeat, or repeating one above it).
enum ActivateRules {
  /// Checks the destinations, then the step's place, then its path.
  static func check(_ activate: ActivateStep, _ context: StepContext, _ list: inout ProblemList) {
    if activate.destinations.isEmpty {
      list.add(.activateWithoutDestination, "destinations", "\(context.name) has no "
        + "destination: choose at least one destination.")
    }
    for (index, id) in activate.destinations.enumerated() {
      guard !context.catalogue.hasDestination(id) else { continue }
      list.add(.unknownDestination, "destinations[\(index)]", "\(context.name) sends to "
        + "destination \(ProblemText.quote(id)), which is not in the catalogue: choose one of "
        + "its destinations.")
    }

    let ancestors = context.graph.ancestors(of: context.index)
    checkRepeatedDestinations(activate, ancestors, context, &list)
    if context.parent?.step.kind.type == .start {
      list.add(.activateAfterStart, "", "\(context.name) comes right after Start: contacts are "
        + "activated the moment they enter, so add a Wait before it unless that is intended.")
    }
    if context.allowRepeat,
      !ancestors.contains(where: { isDelayOrActivation(context.graph.steps[$0]) })
    {
      list.add(.repeatWithoutWait, "", "\(context.name) has no Wait before it while Allow "
        + "Journey Repeat is on: a contact that enters again is activated again at once, so "
        + "add a Wait before it.")
    }
    PathRules.checkEnd(activate.next, context, &list)
  }

  /// Warns for each destination that an Activate above this one on its path already sends to.
  private static func checkRepeatedDestinations(
    _ activate: ActivateStep, _ ancestors: [Int], _ context: StepContext,
    _ list: inout ProblemList
  ) {
    let steps = context.graph.steps
    for (index, id) in activate.destinations.enumerated() {
      guard activate.destinations.firstIndex(of: id) == index,
        let earlier = ancestors.first(where: { sends(steps[$0], to: id) }).map({ steps[$0] })
      else { continue }
      list.add(.duplicateDestinationOnPath, "destinations[\(index)]", "\(context.name) sends to "
        + "\(ProblemText.quote(id)) again: \(ProblemText.step(earlier)) above it on the same "
        + "path already does, so remove one of them.")
    }
  }

  /// A Wait, or an Activate (whose own check covers the first activation of a path).
  private static func isDelayOrActivation(_ step: Step) -> Bool {
    step.kind.type == .wait || step.kind.type == .activate
  }

  private static func sends(_ step: Step, to destination: String) -> Bool {
    guard case .activate(let activate) = step.kind else { return false }
    return activate.destinations.contains(destination)
  }
}
