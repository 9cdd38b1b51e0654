/// Turns the first way a journey's steps fail to form a tree into a problem, so that a
/// journey being edited in memory is reported on rather than refused.
enum TreeRules {
  // TODO: report every way the steps fail to form a tree, not only the first one `StepTree`
  // finds; until then a second breakage shows only once the first is fixed.
  /// The tree problem of `journey`, or nil when its steps form a tree.
  static func problem(_ journey: Journey, _ graph: StepGraph) -> Problem? {
    guard !graph.isTree else { return nil }

    let error: TreeError
    do {
      _ = try StepTree(journey)
      return nil
    } catch let thrown {
      error = thrown
    }
    return Problem(
      code(error), step: error.stepID, field: field(error, graph),
      ProblemText.sentence(error.description))
  }

  private static func code(_ error: TreeError) -> ProblemCode {
    switch error {
    case .duplicateID: return .duplicateStepID
    case .noStart: return .noStart
    case .secondStart: return .secondStart
    case .unknownTarget: return .unknownTarget
    case .leadsToStart: return .leadsToStart
    case .twoParents: return .twoParents
    case .unreachable: return .unreachableStep
    case .cycle: return .cycle
    }
  }

  /// The input to focus: the path at fault within its step, "id", "type", or "steps".
  private static func field(_ error: TreeError, _ graph: StepGraph) -> String {
    switch error {
    case .duplicateID: return "id"
    case .noStart: return "steps"
    case .secondStart: return "type"
    case .unknownTarget(_, let label, _): return ProblemText.pathKey(label)
    case .leadsToStart(let id):
      let start = graph.steps.first { $0.kind.type == .start }?.id
      return pathKey(from: id, to: start, graph)
    case .twoParents(let child, _, let second): return pathKey(from: second, to: child, graph)
    case .unreachable, .cycle: return ""
    }
  }

  private static func pathKey(
    from parent: StepID, to child: StepID?, _ graph: StepGraph
  ) -> String {
    let path = graph.step(parent)?.paths.first { $0.target == child }
    return path.map { ProblemText.pathKey($0.label) } ?? ""
  }
}
