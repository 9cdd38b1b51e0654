/// One-line descriptions of steps and rules, the same on the canvas, in `journey show` and in
/// diagrams: "Wait 2 days", "Segment on plan: Pro | Free | other".
public enum StepSummary {
  /// The summary of a step's configuration.
  public static func text(of step: Step) -> String {
    switch step.kind {
    case .start:
      return "Start"
    case .stop:
      return "Stop"
    case .wait(let wait):
      return "Wait " + waitText(wait.mode)
    case .activate(let activate):
      let names = activate.destinations.isEmpty
        ? "(no destination)" : activate.destinations.joined(separator: ", ")
      return "Activate \(names)"
    case .segment(let segment):
      let groups = segment.groups.map(\.name) + ["other"]
      return "Segment on \(segment.field ?? "(no field)"): " + groups.joined(separator: " | ")
    case .pauseUntil(let pause):
      var text = "Pause Until \(pause.condition?.description ?? "(no condition)")"
      if let timeout = pause.timeout { text += ", timeout \(timeout)" }
      return text
    }
  }

  /// "2 days", "until Monday 09:00", "until Monday 09:00 (contact's zone)".
  public static func waitText(_ mode: WaitMode?) -> String {
    switch mode {
    case .none:
      return "(no duration)"
    case .duration(let span):
      return span.description
    case .until(let until):
      let day = until.parsedWeekday?.title ?? until.weekday
      var text = "until \(day) \(until.time)"
      if case .contact = until.zone { text += " (contact's zone)" }
      return text
    }
  }

  /// The label of a path out of `step`: a Segment group's name, "other", "met", "timeout",
  /// or nil for the single path of other steps.
  public static func label(_ label: PathLabel, of step: Step) -> String? {
    switch label {
    case .next:
      return nil
    case .group(let index):
      guard case .segment(let segment) = step.kind, segment.groups.indices.contains(index) else {
        return label.description
      }
      return segment.groups[index].name
    case .other, .met, .timeout:
      return label.description
    }
  }

  /// The entry rules in words: "purchase", "in audience lapsed OR signup".
  public static func entryText(_ rules: RuleSet<EntryRule>) -> String {
    join(rules.rules.map(\.description), rules.op)
  }

  /// The exit rules in words.
  public static func exitText(_ rules: RuleSet<Condition>) -> String {
    join(rules.rules.map(\.description), rules.op)
  }

  private static func join(_ parts: [String], _ op: RuleOperator) -> String {
    if parts.isEmpty { return "(none)" }
    return parts.joined(separator: op == .any ? " OR " : " AND ")
  }
}
