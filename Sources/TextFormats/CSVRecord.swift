/// One record of a CSV file, lent to a `CSVReader.forEachRecord` visitor.
///
/// Its field bytes point into the file and a reused buffer, so a record is valid only
/// inside the visitor call: copy out what you keep (`string(_:)`, `value(_:)`).
/// Asking for a field past `count` gives an empty, missing field rather than a crash.
public struct CSVRecord {
  /// The 1-based line on which the record starts.
  public let line: Int

  /// The number of fields.
  public let count: Int

  private let input: UnsafeRawPointer?
  private let unescaped: UnsafeRawPointer?
  private let spans: UnsafePointer<CSVFieldSpan>?

  /// Creates a record over spans into `input` and `unescaped`.
  init(
    line: Int, count: Int, input: UnsafeRawPointer?, unescaped: UnsafeRawPointer?,
    spans: UnsafePointer<CSVFieldSpan>?
  ) {
    self.line = line
    self.count = count
    self.input = input
    self.unescaped = unescaped
    self.spans = spans
  }

  /// The bytes of field `index` (0-based), quotes removed and `""` turned into `"`.
  public func bytes(_ index: Int) -> UnsafeRawBufferPointer {
    guard index >= 0, index < count, let spans else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }

    let span = spans[index]
    let origin = span.isUnescaped ? unescaped : input
    return UnsafeRawBufferPointer(start: origin.map { $0 + span.start }, count: span.count)
  }

  /// The bytes of field `index` without spaces, tabs, CR and LF around them.
  public func trimmedBytes(_ index: Int) -> UnsafeRawBufferPointer {
    ValueText.trimmed(bytes(index))
  }

  /// True when field `index` is missing: absent, empty or only blanks.
  public func isEmpty(_ index: Int) -> Bool {
    ValueText.isMissing(bytes(index))
  }

  /// Field `index` exactly as written (after unquoting).
  public func string(_ index: Int) throws(CSVError) -> String {
    try decode(bytes(index), field: index)
  }

  /// Field `index` as a value: trimmed, and nil when missing.
  public func value(_ index: Int) throws(CSVError) -> String? {
    let text = trimmedBytes(index)
    return text.isEmpty ? nil : try decode(text, field: index)
  }

  /// Field `index` read as a decimal (see `DecimalParser`); nil when it is not one.
  public func decimal(_ index: Int) -> Double? {
    DecimalParser.parse(bytes(index))
  }

  /// Field `index` read as a bool (see `ValueText.bool`); nil when it is not one.
  public func bool(_ index: Int) -> Bool? {
    ValueText.bool(bytes(index))
  }

  /// Every field exactly as written.
  public func strings() throws(CSVError) -> [String] {
    var fields: [String] = []
    fields.reserveCapacity(count)
    for index in 0..<count {
      fields.append(try string(index))
    }
    return fields
  }

  /// Decodes UTF-8, failing with the record's line and the 1-based field number.
  private func decode(_ bytes: UnsafeRawBufferPointer, field: Int) throws(CSVError) -> String {
    guard let text = ValueText.string(validating: bytes) else {
      throw .invalidUTF8(line: line, field: field + 1)
    }
    return text
  }
}
