extension LiveStore {
  /// The latest live run of `journeyID` (simulations left out), without its counts.
  public func lastRun(journeyID: String) throws -> RunRecord? {
    try latest(journeyID, "")
  }

  /// The latest live run of `journeyID` that failed, without its counts.
  public func lastFailedRun(journeyID: String) throws -> RunRecord? {
    try latest(journeyID, "AND status = 'fail'")
  }

  /// The latest live run of `journeyID` matching `condition`.
  private func latest(_ journeyID: String, _ condition: String) throws -> RunRecord? {
    let select = try database.prepare(
      """
      SELECT id, journey_id, journey_version, run_type, status, failure_reason, started_at,
        finished_at, run_at, entered, exited, completed, simulation_id
      FROM runs WHERE journey_id = ? AND run_type != 'simulated' \(condition)
      ORDER BY id DESC LIMIT 1
      """)
    try select.bind(journeyID, at: 1)
    guard try select.step() else { return nil }
    return try RunRow.read(select, path: path)
  }
}
