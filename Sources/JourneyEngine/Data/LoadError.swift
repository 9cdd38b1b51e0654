/// Why contact data could not be loaded.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A data file could not be read.
  case cannotRead(path: String, reason: String)
  /// A data source's settings cannot be used.
  case badSource(path: String, reason: String)
  /// A file lacks columns its data source needs.
  case missingColumns(path: String, columns: [String], found: [String])
  /// A row could not be read and bad rows are not skipped.
  case badRow(BadRow)
  /// The data is larger than this program can hold.
  case tooLarge(path: String, reason: String)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .cannotRead(let path, let reason):
      return "cannot read \(path): \(reason); check that the file exists and is readable"
    case .badSource(let path, let reason):
      return "data source \(path): \(reason); fix it in hub.json"
    case .missingColumns(let path, let columns, let found):
      let noun = columns.count == 1 ? "column" : "columns"
      return "\(path) lacks the \(noun) " + columns.map { "\"\($0)\"" }.joined(separator: ", ")
        + "; its header has " + found.map { "\"\($0)\"" }.joined(separator: ", ")
        + "; rename the column or map it in the data source in hub.json"
    case .badRow(let row):
      return "\(row.description); fix the row, or load with --skip-bad-rows to skip and list "
        + "such rows"
    case .tooLarge(let path, let reason):
      return "\(path) is too large: \(reason); split the data"
    }
  }
}
