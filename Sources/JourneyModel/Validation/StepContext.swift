/// A step being checked, with what its rules need to know about the rest of the journey.
struct StepContext {
  /// The step.
  let step: Step
  /// Its position in the journey's steps.
  let index: Int
  /// All steps, with parents.
  let graph: StepGraph
  /// The hub catalogue.
  let catalogue: CatalogueIndex
  /// Whether the journey allows contacts to enter again.
  let allowRepeat: Bool

  /// `Wait "wait-2"`.
  var name: String { ProblemText.step(step) }

  /// The step whose path leads here, and that path's label.
  var parent: (step: Step, label: PathLabel)? { graph.parent(of: index) }
}
