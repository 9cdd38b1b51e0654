/// Checks journeys against the hub catalogue and the rules of a well-formed journey.
///
/// The order of problems is fixed: the journey's settings, entry rules and exit rules; then a
/// problem when the steps do not form a tree; then each step in the tree's depth-first order
/// (steps not reached from Start last, in file order), each step's problems in the order its
/// inputs are edited. Any journey value can be checked, even one whose steps are broken.
public struct Validator: Sendable {
  private let catalogue: CatalogueIndex

  /// A validator for journeys of the workspace whose catalogue is `hub`; keep it while the
  /// catalogue does not change, so that each check costs only the journey's own size.
  public init(hub: Hub) {
    catalogue = CatalogueIndex(hub)
  }

  /// Every problem of `journey`, in the order described above.
  public func validate(_ journey: Journey) -> [Problem] {
    var list = ProblemList()
    JourneyRules.check(journey, catalogue, &list)

    let graph = StepGraph(journey)
    if let problem = TreeRules.problem(journey, graph) { list.append(problem) }
    for index in graph.order {
      let context = StepContext(
        step: graph.steps[index], index: index, graph: graph, catalogue: catalogue,
        allowRepeat: journey.allowRepeat)
      StepRules.check(context, &list)
    }
    return list.problems
  }

  /// Every problem of `journey` checked against `hub`.
  public static func validate(_ journey: Journey, hub: Hub) -> [Problem] {
    Validator(hub: hub).validate(journey)
  }
}
