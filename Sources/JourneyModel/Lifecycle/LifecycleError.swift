/// Why a lifecycle change was refused.
public enum LifecycleError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The journey is not in the state the action starts from.
  case wrongState(LifecycleAction, JourneyStatus)
  /// The publish checklist has blocking errors.
  case blocked(LifecycleAction, PublishChecklist)
  /// The publish checklist has warnings that were not acknowledged.
  case warningsNotAccepted(LifecycleAction, PublishChecklist)
  /// The version number cannot be raised any further.
  case versionExhausted(Int)

  /// What is wrong and what to do; checklist refusals list the problems, one per line.
  public var description: String {
    switch self {
    case .wrongState(let action, let status):
      return "only \(Self.article(action.from)) \(Self.noun(action.from)) can be "
        + "\(action.pastParticiple); this journey is \(status.title)"
    case .blocked(let action, let checklist):
      let count = ProblemText.count(checklist.errors.count, "error")
      return "cannot \(action.rawValue): the journey has \(count); fix "
        + (checklist.errors.count == 1 ? "it" : "them") + " and \(action.rawValue) again"
        + Self.lines(checklist.errors)
    case .warningsNotAccepted(let action, let checklist):
      let count = ProblemText.count(checklist.warnings.count, "warning")
      return "cannot \(action.rawValue) yet: the journey has \(count) to acknowledge; review "
        + (checklist.warnings.count == 1 ? "it" : "them") + ", then \(action.rawValue) again "
        + "accepting the warnings" + Self.lines(checklist.warnings)
    case .versionExhausted(let version):
      return "this journey is at version \(version), the highest there can be: save a copy "
        + "under a new id and publish that"
    }
  }

  /// "Draft" for a draft, "Active journey" and "Paused journey" otherwise, so the sentence
  /// reads "only a Draft can be published".
  private static func noun(_ status: JourneyStatus) -> String {
    status == .draft ? status.title : "\(status.title) journey"
  }

  private static func article(_ status: JourneyStatus) -> String {
    status == .active ? "an" : "a"
  }

  private static func lines(_ problems: [Problem]) -> String {
    problems.map { "\n  \($0.description)" }.joined()
  }
}
