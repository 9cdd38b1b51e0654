/// How a field or property condition compares a value.
public enum ConditionOperator: String, CaseIterable, Equatable, Sendable {
  /// Equal to the value.
  case equals = "="
  /// Not equal to the value (a missing value satisfies it).
  case notEquals = "!="
  /// One of the values.
  case isIn = "in"
  /// None of the values (a missing value satisfies it).
  case notIn = "not in"
  /// Less than the value.
  case less = "<"
  /// Less than or equal to the value.
  case lessOrEqual = "<="
  /// Greater than the value.
  case greater = ">"
  /// Greater than or equal to the value.
  case greaterOrEqual = ">="
  /// Contains the value as a substring.
  case contains
  /// Has any value.
  case isSet = "is set"
  /// Has no value.
  case isNotSet = "is not set"

  /// How many values the operator takes.
  public var arity: Arity {
    switch self {
    case .isSet, .isNotSet: return .none
    case .isIn, .notIn: return .many
    default: return .one
    }
  }

  /// Whether the operator orders values (and so needs a number or a date to mean much).
  public var isOrdering: Bool {
    switch self {
    case .less, .lessOrEqual, .greater, .greaterOrEqual: return true
    default: return false
    }
  }

  /// The number of values an operator takes.
  public enum Arity: Equatable, Sendable {
    /// `is set`, `is not set`.
    case none
    /// Comparisons and `contains`.
    case one
    /// `in`, `not in`.
    case many
  }
}
