/// One thing wrong with a journey: which rule it breaks, where, and how to fix it.
///
/// Problems are values, not thrown errors: a journey being edited can have many at once, and
/// an editor shows each on the step and input it concerns.
public struct Problem: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The rule broken; stable across versions, so scripts can match on it.
  public var code: ProblemCode
  /// The step the problem is on; nil for rules about the whole journey.
  public var stepID: StepID?
  /// Where the offending input is, in the journey file's keys with indices from 0:
  /// "entry.rules[2].event" for the journey, "groups[1].values[0]" within a step. Empty when
  /// the problem is about the step or the journey as a whole.
  public var field: String
  /// One sentence saying what is wrong and how to fix it, naming the offending value.
  public var message: String

  /// Creates a problem.
  public init(_ code: ProblemCode, step stepID: StepID? = nil, field: String, _ message: String) {
    self.code = code
    self.stepID = stepID
    self.field = field
    self.message = message
  }

  /// Whether the problem blocks Publish and Resume.
  public var severity: ProblemSeverity { code.severity }

  /// True for a blocking error.
  public var isError: Bool { code.severity == .error }

  /// "error: Wait \"w\" lasts 400 days: the longest wait is 365 days. [wait-too-long]".
  public var description: String {
    "\(severity.rawValue): \(message) [\(code.rawValue)]"
  }
}
