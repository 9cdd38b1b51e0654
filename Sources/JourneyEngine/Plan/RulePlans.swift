import JourneyModel

/// Compiled entry rules.
struct EntryPlan: Sendable {
  /// One entry rule.
  enum Rule: Sendable {
    /// The Nth qualifying event (series index into the plan), with its description.
    case event(series: Int, count: Int, text: String)
    /// Membership of an audience (timeline index into the plan), with its name.
    case audience(timeline: Int, name: String)
  }

  /// ANY or ALL.
  let op: RuleOperator
  /// The rules, in order.
  let rules: [Rule]
}

/// Compiled exit rules.
struct ExitPlan: Sendable {
  /// One exit rule.
  enum Rule: Sendable {
    /// A profile field test.
    case profile(FieldTest)
    /// The Nth qualifying event after entry (series index into the plan).
    case event(series: Int, count: Int, text: String)
  }

  /// ANY or ALL.
  let op: RuleOperator
  /// The rules, in order; none means contacts never exit early.
  let rules: [Rule]
  /// For each profile field, whether an exit rule reads it.
  let watchedFields: [Bool]
}
