import JourneyModel
import TextFormats

/// A field condition compiled against one column's type: the typed values to compare with,
/// and for strings the outcome for every string of the pool, so a test is one lookup.
final class FieldTest: Sendable {
  /// The profile field index, or the property index for an event filter.
  let column: Int
  /// The condition as written, for traces.
  let condition: FieldCondition
  private let type: FieldType
  private let op: ConditionOperator
  private let numbers: [Double]
  private let instants: [Int64]
  private let flags: [Bool]
  private let codeMatches: [Bool]

  /// Compiles `condition` on a column of `type` whose strings are `pool`; dates typed
  /// without a time are midnight in `zone`.
  init(
    _ condition: FieldCondition, column: Int, type: FieldType, pool: StringPool,
    zone: ZoneRules, context: String
  ) throws(EngineError) {
    self.column = column
    self.condition = condition
    self.type = type
    op = condition.op
    let texts = condition.op.arity == .none ? [] : condition.values
    var values: [ValueCode] = []
    var scratch = StringPool()
    for text in texts {
      guard let value = FieldText.parse(text, type: type, zone: zone, pool: &scratch),
        !value.isMissing
      else {
        throw .badValue(text, field: condition.field, type: type, context: context)
      }
      values.append(value)
    }
    numbers = type == .number ? values.map(\.number) : []
    instants = type == .date ? values.map(\.instant) : []
    flags = type == .bool ? values.map(\.flag) : []
    if type == .string {
      let wanted = scratch.values.map { Array($0.utf8) }
      let op = condition.op
      codeMatches = pool.values.map { FieldTest.matches(Array($0.utf8), op, wanted) }
    } else {
      codeMatches = []
    }
  }

  /// Whether `value` satisfies the condition. A missing value satisfies only `is not set`,
  /// `!=` and `not in`.
  func matches(_ value: ValueCode) -> Bool {
    if value.isMissing { return op == .isNotSet || op == .notEquals || op == .notIn }
    switch op {
    case .isSet: return true
    case .isNotSet: return false
    default: break
    }
    switch type {
    case .string:
      let code = Int(value.code)
      return code < codeMatches.count && codeMatches[code]
    case .number:
      return FieldTest.compare(value.number, numbers, op)
    case .date:
      return FieldTest.compare(value.instant, instants, op)
    case .bool:
      return FieldTest.compare(value.flag ? 1 : 0, flags.map { $0 ? 1 : 0 }, op)
    }
  }

  /// Compares ordered values; `contains` on a number, bool or date compares like `=`.
  private static func compare<Value: Comparable>(
    _ value: Value, _ wanted: [Value], _ op: ConditionOperator
  ) -> Bool {
    guard let first = wanted.first else { return false }
    switch op {
    case .equals, .contains: return value == first
    case .notEquals: return value != first
    case .isIn: return wanted.contains(value)
    case .notIn: return !wanted.contains(value)
    case .less: return value < first
    case .lessOrEqual: return value <= first
    case .greater: return value > first
    case .greaterOrEqual: return value >= first
    case .isSet, .isNotSet: return false
    }
  }

  /// Compares strings exactly, byte by byte (case-sensitive).
  private static func matches(
    _ value: [UInt8], _ op: ConditionOperator, _ wanted: [[UInt8]]
  ) -> Bool {
    guard let first = wanted.first else { return false }
    switch op {
    case .equals: return value == first
    case .notEquals: return value != first
    case .isIn: return wanted.contains(value)
    case .notIn: return !wanted.contains(value)
    case .less: return value.lexicographicallyPrecedes(first)
    case .lessOrEqual: return !first.lexicographicallyPrecedes(value)
    case .greater: return first.lexicographicallyPrecedes(value)
    case .greaterOrEqual: return !value.lexicographicallyPrecedes(first)
    case .contains: return contains(value, first)
    case .isSet, .isNotSet: return false
    }
  }

  /// Whether `needle` occurs in `haystack`.
  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
