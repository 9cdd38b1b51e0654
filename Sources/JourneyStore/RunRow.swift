import Foundation

/// How a run record maps to a row of the `runs` table.
enum RunRow {
  /// The columns written and read, in bind and read order (read adds `id` first).
  private static let columns = [
    "journey_id", "journey_version", "run_type", "status", "failure_reason", "started_at",
    "finished_at", "run_at", "entered", "exited", "completed", "simulation_id",
  ]

  /// The statement that inserts one run.
  static let insertSQL =
    "INSERT INTO runs (\(columns.joined(separator: ", "))) VALUES ("
    + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"

  /// The statement that reads the runs that `filter` chooses, newest first.
  static func selectSQL(_ filter: RunFilter) -> String {
    "SELECT id, \(columns.joined(separator: ", ")) FROM runs WHERE \(filter.condition) "
      + "ORDER BY id DESC LIMIT ?2"
  }

  /// Binds the fields of `run` to a prepared `insertSQL`.
  static func bind(_ run: RunRecord, to statement: Statement) throws {
    try statement.bind(run.journeyID, at: 1)
    try statement.bind(run.journeyVersion, at: 2)
    try statement.bind(run.runType.rawValue, at: 3)
    switch run.status {
    case .success:
      try statement.bind("success", at: 4)
      try statement.bindNull(at: 5)
    case .fail(let reason):
      try statement.bind("fail", at: 4)
      try statement.bind(reason, at: 5)
    }
    try statement.bind(Timestamp.text(run.startedAt), at: 6)
    try statement.bind(Timestamp.text(run.finishedAt), at: 7)
    try statement.bind(run.runAt.map(Timestamp.text), at: 8)
    try statement.bind(run.entered, at: 9)
    try statement.bind(run.exited, at: 10)
    try statement.bind(run.completed, at: 11)
    try statement.bind(run.simulationID, at: 12)
  }

  /// The run record in the current row of a statement made by `selectSQL`, without counts.
  static func read(_ statement: Statement, path: String) throws -> RunRecord {
    let reader = ColumnReader(statement: statement, path: path)
    return RunRecord(
      id: statement.int64(at: 0),
      journeyID: try reader.text(1, "journey_id"),
      journeyVersion: Int(statement.int64(at: 2)),
      runType: try reader.runType(3),
      status: try reader.status(4, reason: 5),
      startedAt: try reader.date(6, "started_at"),
      finishedAt: try reader.date(7, "finished_at"),
      runAt: statement.isNull(at: 8) ? nil : try reader.date(8, "run_at"),
      entered: Int(statement.int64(at: 9)),
      exited: Int(statement.int64(at: 10)),
      completed: Int(statement.int64(at: 11)),
      simulationID: statement.string(at: 12))
  }
}

/// Reads typed values from the current row, failing with the column and value it can't read.
private struct ColumnReader {
  /// The statement positioned on a row.
  let statement: Statement

  /// The database path, for errors.
  let path: String

  /// The text in `column`, or the error that it is NULL.
  func text(_ column: Int32, _ name: String) throws -> String {
    guard let text = statement.string(at: column) else {
      throw StoreError.unreadableValue(path: path, column: name, value: "NULL")
    }
    return text
  }

  /// The instant in `column`, stored as ISO-8601 text.
  func date(_ column: Int32, _ name: String) throws -> Date {
    let text = try text(column, name)
    guard let date = Timestamp.date(text) else {
      throw StoreError.unreadableValue(path: path, column: name, value: text)
    }
    return date
  }

  /// The run type in `column`.
  func runType(_ column: Int32) throws -> RunRecord.RunType {
    let text = try text(column, "run_type")
    guard let runType = RunRecord.RunType(rawValue: text) else {
      throw StoreError.unreadableValue(path: path, column: "run_type", value: text)
    }
    return runType
  }

  /// The status in `column`, with the failure reason in `reason`.
  func status(_ column: Int32, reason: Int32) throws -> RunRecord.Status {
    let text = try text(column, "status")
    switch text {
    case "success": return .success
    case "fail": return .fail(reason: statement.string(at: reason))
    default: throw StoreError.unreadableValue(path: path, column: "status", value: text)
    }
  }
}
