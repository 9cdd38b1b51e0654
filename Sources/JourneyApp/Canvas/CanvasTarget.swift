import JourneyModel

/// What a canvas row stands for: a step, or an empty path of a step where a new one can go.
enum CanvasTarget: Hashable, Sendable {
  /// A step, by id.
  case step(StepID)
  /// The path `label` of step `parent`, which leads nowhere yet.
  case emptyPath(parent: StepID, label: PathLabel)

  /// The step's id, or nil for an empty path.
  var stepID: StepID? {
    if case .step(let id) = self { return id }
    return nil
  }
}
