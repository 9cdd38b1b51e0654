/// A test of one profile field (or one event property): field, operator, values.
public struct FieldCondition: Equatable, Sendable, CustomStringConvertible {
  /// The profile field or event property name.
  public var field: String
  /// How to compare.
  public var op: ConditionOperator
  /// The values compared against, as typed (none for `is set`, several for `in`).
  public var values: [String]

  /// Creates a condition.
  public init(field: String, op: ConditionOperator, values: [String] = []) {
    self.field = field
    self.op = op
    self.values = values
  }

  /// Creates a single-value condition.
  public init(_ field: String, _ op: ConditionOperator, _ value: String) {
    self.init(field: field, op: op, values: [value])
  }

  /// "status = converted", "plan in (pro, team)", "email is set".
  public var description: String {
    switch op.arity {
    case .none: return "\(field) \(op.rawValue)"
    case .one: return "\(field) \(op.rawValue) \(values.first ?? "")"
    case .many: return "\(field) \(op.rawValue) (\(values.joined(separator: ", ")))"
    }
  }
}
