import TextFormats

/// Whether values typed in a journey fit their field's type, and what they mean.
///
/// Values are trimmed of spaces, tabs and line breaks first. A number is a decimal ("-12.5",
/// "1e3"); a bool is true/false, yes/no or 1/0 in any case; a date is ISO 8601 ("2026-03-01",
/// "2026-03-01T09:00:00Z"); any text is a string.
enum ValueCheck {
  /// A typed value reduced to what it means, so that "1e3" equals "1000" and "Yes" equals
  /// "true".
  enum Meaning: Hashable {
    /// Text, compared exactly.
    case text(String)
    /// A number.
    case number(Double)
    /// A bool.
    case flag(Bool)
    /// A date, as the instant it names when read in UTC.
    case instant(Int64)
  }

  /// What `text` means as a value of `type`; nil when it is blank or does not fit.
  static func meaning(_ text: String, as type: FieldType) -> Meaning? {
    switch type {
    case .string:
      return trimmed(text).map { .text($0) }
    case .number:
      return ValueText.decimal(text).map { .number($0) }
    case .bool:
      return ValueText.bool(text).map { .flag($0) }
    case .date:
      var parser = TimestampParser(format: .iso8601, zone: .utc)
      return parser.parse(text).map { .instant($0) }
    }
  }

  /// `text` without the blanks around it, nil when nothing is left; the same string, without
  /// a copy, when there is nothing to trim.
  static func trimmed(_ text: String) -> String? {
    guard let first = text.utf8.first, let last = text.utf8.last else { return nil }
    if !ValueText.isBlank(first) && !ValueText.isBlank(last) { return text }
    return ValueText.trimmed(text)
  }

  /// Whether `text` is blank: a missing value.
  static func isBlank(_ text: String) -> Bool { text.utf8.allSatisfy(ValueText.isBlank) }

  /// "a number", "a bool", "a date".
  static func typeName(_ type: FieldType) -> String {
    switch type {
    case .string: return "a string"
    case .number: return "a number"
    case .bool: return "true or false"
    case .date: return "a date"
    }
  }

  /// How to type a value of `type`.
  static func hint(_ type: FieldType) -> String {
    switch type {
    case .string: return "type any text"
    case .number: return "type a decimal such as 42, -12.5 or 1e3"
    case .bool: return "type true or false (yes/no and 1/0 work too)"
    case .date: return "type an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:00:00Z"
    }
  }
}
