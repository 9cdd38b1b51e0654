import JourneyModel
import TextFormats

/// Reads typed values from text (values typed in a journey, membership files) and writes
/// them back for people.
enum FieldText {
  /// `text` read as a value of `type`: trimmed; nil when it does not fit the type; `.missing`
  /// when empty. Dates are ISO 8601, a date alone meaning midnight in `zone`; a string is
  /// added to `pool`.
  static func parse(
    _ text: String, type: FieldType, zone: ZoneRules, pool: inout StringPool
  ) -> ValueCode? {
    guard let trimmed = TextFormats.ValueText.trimmed(text) else { return .missing }
    switch type {
    case .number:
      return TextFormats.ValueText.decimal(trimmed).map { ValueCode(number: $0) }
    case .bool:
      return TextFormats.ValueText.bool(trimmed).map { ValueCode(flag: $0) }
    case .date:
      var parser = TimestampParser(format: .iso8601, zone: zone)
      return parser.parse(trimmed).map { ValueCode(instant: $0) }
    case .string:
      return ValueCode(code: pool.intern(trimmed))
    }
  }

  /// The value as text: the string, the number ("12.5", "3"), "true"/"false", the instant in
  /// ISO 8601 UTC, or "(not set)" when missing.
  static func describe(_ value: ValueCode, type: FieldType, pool: StringPool) -> String {
    if value.isMissing { return "(not set)" }
    switch type {
    case .number: return number(value.number)
    case .bool: return value.flag ? "true" : "false"
    case .date: return TimestampFormatter.iso8601(value.instant)
    case .string: return pool.string(value.code)
    }
  }

  /// A number without a useless ".0".
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
