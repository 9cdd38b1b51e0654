import Foundation

/// Reads typed values for number and time fields, refusing what does not fit.
enum FieldParsing {
  /// A whole number, surrounding spaces ignored.
  static func wholeNumber(_ text: String, field: String) throws(EditError) -> Int {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let number = Int(trimmed) else { throw .notANumber(trimmed, field: field) }
    return number
  }

  /// Text with surrounding spaces removed.
  static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces)
  }
}
