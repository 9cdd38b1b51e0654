/// A child table of `runs` that keeps one of a run's dictionaries, one row per key.
struct CountTable: Sendable {
  /// The table's name.
  let name: String

  /// The column that holds the dictionary's key.
  let keyColumn: String

  /// The column that holds the count.
  let countColumn: String

  /// The dictionary of a run record that the table keeps.
  let counts: WritableKeyPath<RunRecord, [String: Int]> & Sendable

  /// Exits by reason.
  static let exits = CountTable(
    name: "run_exits", keyColumn: "reason", countColumn: "contacts",
    counts: \.exitedByReason)

  /// Activations by destination.
  static let activations = CountTable(
    name: "run_activations", keyColumn: "destination_id", countColumn: "activations",
    counts: \.activationsByDestination)

  /// Contacts by step at the end of the run.
  static let steps = CountTable(
    name: "run_steps", keyColumn: "step_id", countColumn: "contacts",
    counts: \.contactsOnStep)

  /// Every count table.
  static let all = [exits, activations, steps]

  /// The statement that inserts one key and count of one run.
  var insertSQL: String {
    "INSERT INTO \(name) (run_id, \(keyColumn), \(countColumn)) VALUES (?, ?, ?)"
  }

  /// The statement that reads the keys and counts of the runs that `filter` chooses.
  func selectSQL(_ filter: RunFilter) -> String {
    "SELECT run_id, \(keyColumn), \(countColumn) FROM \(name) "
      + "WHERE run_id IN (\(filter.runIDs))"
  }

  /// Stores the dictionary of `run`, whose id is `runID`, with a prepared `insertSQL`.
  func insert(_ run: RunRecord, runID: Int64, using statement: Statement) throws {
    for (key, count) in run[keyPath: counts] {
      defer { statement.reset() }
      try statement.bind(runID, at: 1)
      try statement.bind(key, at: 2)
      try statement.bind(count, at: 3)
      try statement.step()
    }
  }
}
