import Foundation

/// The run history of a workspace, kept in `<workspace>/.journey/history.sqlite`.
///
/// Every write is one transaction, so a batch is stored whole or not at all. Runs are never
/// deleted. One instance may be shared between threads: its calls take turns.
public final class RunHistory: @unchecked Sendable {
  // TODO: no way to delete old runs or simulations; the file grows with every run kept.

  /// The history file's path inside a workspace.
  public static let relativePath = ".journey/history.sqlite"

  /// The version of the history's tables that this program writes.
  public static var schemaVersion: Int {
    RunHistorySchema.schema.latestVersion
  }

  /// The history file's path.
  public var path: String {
    database.path
  }

  /// The connection; only used while holding `lock`.
  private let database: Database

  /// Serializes every use of `database`.
  private let lock = NSLock()

  /// Opens the history of the workspace folder `workspace`, creating or migrating the file.
  public init(workspace: URL) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: workspace.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw StoreError.workspaceMissing(path: workspace.path) }

    database = try Database(url: workspace.appendingPathComponent(Self.relativePath))
    try RunHistorySchema.schema.apply(to: database)
  }

  /// Closes the file; later calls throw.
  public func close() {
    lock.withLock { database.close() }
  }

  /// Stores `runs` in one transaction and returns their new ids, in the same order.
  /// When one run is refused, none of the batch is stored.
  @discardableResult
  public func append(_ runs: [RunRecord]) throws -> [Int64] {
    try lock.withLock {
      try database.transaction {
        let insertRun = try database.prepare(RunRow.insertSQL)
        let insertCounts = try CountTable.all.map { try database.prepare($0.insertSQL) }
        var ids: [Int64] = []
        ids.reserveCapacity(runs.count)

        for run in runs {
          try RunRow.bind(run, to: insertRun)
          try insertRun.step()
          insertRun.reset()
          let id = database.lastInsertRowID
          for (table, statement) in zip(CountTable.all, insertCounts) {
            try table.insert(run, runID: id, using: statement)
          }
          ids.append(id)
        }
        return ids
      }
    }
  }

  /// The runs of `journeyID`, newest (most recently stored) first, at most `limit` of them.
  public func runs(journeyID: String, limit: Int? = nil) throws -> [RunRecord] {
    try lock.withLock { try fetch(.journey(journeyID), limit: limit) }
  }

  /// The run with history id `id`, or nil when there is none.
  public func run(id: Int64) throws -> RunRecord? {
    try lock.withLock { try fetch(.run(id), limit: 1).first }
  }

  /// Contacts on each step (by step id) at the end of the run with history id `runID`.
  public func stepCounts(runID: Int64) throws -> [String: Int] {
    guard let run = try run(id: runID) else {
      throw StoreError.runNotFound(path: path, id: runID)
    }
    return run.contactsOnStep
  }

  /// How many runs are stored for `journeyID`, or for all journeys when nil.
  public func runCount(journeyID: String? = nil) throws -> Int {
    try lock.withLock {
      let count = try database.prepare(
        "SELECT count(*) FROM runs WHERE ?1 IS NULL OR journey_id = ?1")
      try count.bind(journeyID, at: 1)
      try count.step()
      return Int(count.int64(at: 0))
    }
  }

  /// The simulations of `journeyID`, newest first: each simulation id with its runs' span.
  public func simulations(journeyID: String) throws -> [SimulationSummary] {
    try lock.withLock {
      let select = try database.prepare(
        """
        SELECT simulation_id, count(*), min(id), max(id), min(run_at), max(run_at),
          min(started_at), max(finished_at)
        FROM runs WHERE journey_id = ? AND simulation_id IS NOT NULL
        GROUP BY simulation_id ORDER BY max(id) DESC
        """)
      try select.bind(journeyID, at: 1)

      var summaries: [SimulationSummary] = []
      while try select.step() {
        summaries.append(try readSimulation(select, journeyID: journeyID))
      }
      return summaries
    }
  }

  // MARK: - Reading

  /// The runs that `filter` chooses, newest first, at most `limit`, with their counts.
  private func fetch(_ filter: RunFilter, limit: Int?) throws -> [RunRecord] {
    let select = try database.prepare(RunRow.selectSQL(filter))
    try filter.bind(to: select, limit: limit)
    var runs: [RunRecord] = []
    while try select.step() {
      runs.append(try RunRow.read(select, path: path))
    }

    for table in CountTable.all where !runs.isEmpty {
      let counts = try counts(in: table, for: filter, limit: limit)
      for index in runs.indices {
        runs[index][keyPath: table.counts] = counts[runs[index].id ?? 0, default: [:]]
      }
    }
    return runs
  }

  /// The dictionaries kept in `table` for the runs that `filter` chooses, by run id.
  private func counts(
    in table: CountTable, for filter: RunFilter, limit: Int?
  ) throws -> [Int64: [String: Int]] {
    let select = try database.prepare(table.selectSQL(filter))
    try filter.bind(to: select, limit: limit)

    var counts: [Int64: [String: Int]] = [:]
    while try select.step() {
      let key = select.string(at: 1) ?? ""
      counts[select.int64(at: 0), default: [:]][key] = Int(select.int64(at: 2))
    }
    return counts
  }

  /// The simulation summary in the current row of the `simulations` query.
  private func readSimulation(
    _ select: Statement, journeyID: String
  ) throws -> SimulationSummary {
    let started = select.string(at: 6) ?? "NULL"
    let finished = select.string(at: 7) ?? "NULL"
    guard let startedAt = Timestamp.date(started) else {
      throw StoreError.unreadableValue(path: path, column: "started_at", value: started)
    }
    guard let finishedAt = Timestamp.date(finished) else {
      throw StoreError.unreadableValue(path: path, column: "finished_at", value: finished)
    }

    return SimulationSummary(
      id: select.string(at: 0) ?? "", journeyID: journeyID,
      runCount: Int(select.int64(at: 1)), firstRunID: select.int64(at: 2),
      lastRunID: select.int64(at: 3),
      firstRunAt: select.string(at: 4).flatMap(Timestamp.date),
      lastRunAt: select.string(at: 5).flatMap(Timestamp.date),
      startedAt: startedAt, finishedAt: finishedAt)
  }
}
