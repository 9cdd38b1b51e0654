import TextFormats

/// One row of a data file, CSV or JSON Lines, as the loader reads it.
protocol RowFields {
  /// The 1-based line on which the row starts, within the piece being parsed.
  var line: Int { get }
  /// How many fields the row has.
  var fieldCount: Int { get }
  /// The bytes of field `column`; empty when absent.
  func bytes(_ column: Int) -> UnsafeRawBufferPointer
}

extension CSVRecord: RowFields {
  /// The number of fields.
  var fieldCount: Int { count }
}
