/// Where one field's bytes lie: in the input, or in the record's unescape buffer.
struct CSVFieldSpan {
  /// Offset of the first byte.
  var start: Int

  /// Number of bytes.
  var count: Int

  /// True when the bytes were unescaped into the record's buffer.
  var isUnescaped: Bool
}
