/// A named set of contacts that changes over time.
public struct Audience: Equatable, Sendable {
  /// The audience's name.
  public var name: String
  /// What it is for, in words.
  public var description: String
  /// Who is a member, and when.
  public var definition: AudienceDefinition

  /// Creates an audience.
  public init(name: String, description: String = "", definition: AudienceDefinition) {
    self.name = name
    self.description = description
    self.definition = definition
  }
}

/// How audience membership is decided.
public enum AudienceDefinition: Equatable, Sendable {
  /// Conditions over profile fields and event aggregates, joined by ANY or ALL.
  case rule(RuleSet<AudienceCondition>)
  /// A file under the workspace listing contact id, join time and optional leave time.
  case membership(file: String)
}

/// One condition of an audience rule.
public enum AudienceCondition: Equatable, Sendable, CustomStringConvertible {
  /// A profile field test.
  case profile(FieldCondition)
  /// An event at least `count` times in the last `days` days.
  case eventCount(event: String, filters: [FieldCondition], atLeast: Int, days: Int)
  /// No event in the last `days` days.
  case noEvent(event: String, filters: [FieldCondition], days: Int)

  /// The condition in words.
  public var description: String {
    switch self {
    case .profile(let condition):
      return condition.description
    case .eventCount(let event, _, let count, let days):
      return "\(event) at least \(count) times in the last \(days) days"
    case .noEvent(let event, _, let days):
      return "no \(event) in the last \(days) days"
    }
  }
}
