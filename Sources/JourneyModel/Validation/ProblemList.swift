/// Collects problems in the order the rules find them, tagging each with the step being
/// checked.
struct ProblemList {
  /// The problems found so far.
  private(set) var problems: [Problem] = []
  /// The step the next problems are about; nil while checking journey-wide rules.
  var stepID: StepID?

  /// Records a problem about the current step (or the journey).
  mutating func add(_ code: ProblemCode, _ field: String, _ message: String) {
    problems.append(Problem(code, step: stepID, field: field, message))
  }

  /// Records a problem as it is.
  mutating func append(_ problem: Problem) {
    problems.append(problem)
  }
}
