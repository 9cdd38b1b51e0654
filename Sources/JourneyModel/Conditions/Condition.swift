/// A condition on a contact: a profile field test or an event occurrence. Used by exit rules
/// and by Pause Until.
public enum Condition: Equatable, Sendable, CustomStringConvertible {
  /// A profile field test.
  case profile(FieldCondition)
  /// Events that happened.
  case event(EventCondition)

  /// The condition in words.
  public var description: String {
    switch self {
    case .profile(let condition): return condition.description
    case .event(let condition): return condition.description
    }
  }
}

/// A rule that lets contacts into a journey.
public enum EntryRule: Equatable, Sendable, CustomStringConvertible {
  /// Membership of an audience from the hub catalogue.
  case audience(String)
  /// An event occurrence.
  case event(EventCondition)

  /// The rule in words: "in audience lapsed-customers", "purchase".
  public var description: String {
    switch self {
    case .audience(let name): return "in audience \(name)"
    case .event(let condition): return condition.description
    }
  }
}

/// How two or more rules combine.
public enum RuleOperator: String, CaseIterable, Equatable, Sendable {
  /// Any rule (OR).
  case any
  /// All rules (AND).
  case all
}

/// A list of rules joined by ANY or ALL.
public struct RuleSet<Rule: Equatable & Sendable>: Equatable, Sendable {
  /// How the rules combine.
  public var op: RuleOperator
  /// The rules, in order.
  public var rules: [Rule]

  /// Creates a rule set.
  public init(_ op: RuleOperator = .any, _ rules: [Rule] = []) {
    self.op = op
    self.rules = rules
  }

  /// The most rules a set may hold.
  public static var maximumCount: Int { 10 }
}
