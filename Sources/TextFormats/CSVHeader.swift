/// The column names of a CSV header row, looked up by name.
///
/// Names are trimmed of blanks and compared case-sensitively; when a name repeats, the
/// first column with it wins.
public struct CSVHeader: Sendable, Equatable {
  /// The trimmed column names, in file order.
  public let names: [String]

  private let indexes: [String: Int]

  /// Creates a header from column names, trimming each.
  public init(names: [String]) {
    let trimmed = names.map { ValueText.trimmed($0) ?? "" }
    self.names = trimmed

    var indexes: [String: Int] = [:]
    for (index, name) in trimmed.enumerated() where indexes[name] == nil {
      indexes[name] = index
    }
    self.indexes = indexes
  }

  /// Creates a header from a record's fields.
  public init(record: CSVRecord) throws(CSVError) {
    self.init(names: try record.strings())
  }

  /// The 0-based index of the column named `name`, or nil.
  public func index(of name: String) -> Int? {
    indexes[name]
  }

  /// The index of a column that must exist.
  public func requireIndex(of name: String) throws(CSVError) -> Int {
    try requireIndexes(of: [name])[0]
  }

  /// The indexes of columns that must all exist; the error lists every missing one.
  public func requireIndexes(of names: [String]) throws(CSVError) -> [Int] {
    let missing = names.filter { indexes[$0] == nil }
    guard missing.isEmpty else { throw .missingColumns(missing, found: self.names) }

    return names.map { indexes[$0] ?? 0 }
  }
}
