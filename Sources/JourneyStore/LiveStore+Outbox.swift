import Foundation

extension LiveStore {
  /// The activations of `journeyID` not delivered yet, in the order they were made.
  public func waiting(journeyID: String) throws -> [OutboxEntry] {
    let select = try database.prepare(
      """
      SELECT id, activation_id, destination_id, run_id, payload, attempts, last_error
      FROM live_outbox WHERE journey_id = ? AND sent_at IS NULL ORDER BY id
      """)
    try select.bind(journeyID, at: 1)
    var entries: [OutboxEntry] = []
    while try select.step() {
      entries.append(OutboxEntry(
        id: select.int64(at: 0), activationID: select.string(at: 1) ?? "",
        journeyID: journeyID, destinationID: select.string(at: 2) ?? "",
        runID: select.int64(at: 3), payload: select.string(at: 4) ?? "",
        attempts: Int(select.int64(at: 5)), lastError: select.string(at: 6)))
    }
    return entries
  }

  /// How many activations of `journeyID` wait, per destination.
  public func waitingCounts(journeyID: String) throws -> [String: Int] {
    let select = try database.prepare(
      """
      SELECT destination_id, count(*) FROM live_outbox
      WHERE journey_id = ? AND sent_at IS NULL GROUP BY destination_id
      """)
    try select.bind(journeyID, at: 1)
    var counts: [String: Int] = [:]
    while try select.step() {
      counts[select.string(at: 0) ?? ""] = Int(select.int64(at: 1))
    }
    return counts
  }

  /// How many activations of `journeyID` were delivered, per destination.
  public func sentCounts(journeyID: String) throws -> [String: Int] {
    let select = try database.prepare(
      """
      SELECT destination_id, count(*) FROM live_outbox
      WHERE journey_id = ? AND sent_at IS NOT NULL GROUP BY destination_id
      """)
    try select.bind(journeyID, at: 1)
    var counts: [String: Int] = [:]
    while try select.step() {
      counts[select.string(at: 0) ?? ""] = Int(select.int64(at: 1))
    }
    return counts
  }

  /// Counts one more attempt on the outbox rows `ids`, before they are handed over; a row
  /// with attempts may already be at its destination.
  public func markAttempted(_ ids: [Int64]) throws {
    try update(ids, "UPDATE live_outbox SET attempts = attempts + 1 WHERE id = ?")
  }

  // TODO: delivered outbox rows and contact moves are never deleted; the state file grows by
  // about 500 bytes per activation for as long as the workspace lives.

  /// Marks the outbox rows `ids` as delivered at `time`.
  public func markSent(_ ids: [Int64], at time: Date) throws {
    let text = Timestamp.text(time)
    try update(ids, "UPDATE live_outbox SET sent_at = ?2, last_error = NULL WHERE id = ?1") {
      try $0.bind(text, at: 2)
    }
  }

  /// Records that delivering the outbox rows `ids` failed: the rows keep waiting with the
  /// reason, and the failure is kept for monitoring.
  public func recordFailure(_ failure: DeliveryFailure, ids: [Int64]) throws {
    try database.transaction {
      try update(ids, "UPDATE live_outbox SET last_error = ?2 WHERE id = ?1") {
        try $0.bind(failure.reason, at: 2)
      }
      let insert = try database.prepare(
        """
        INSERT INTO live_delivery_failures
          (journey_id, destination_id, failed_at, activations, reason)
        VALUES (?, ?, ?, ?, ?)
        """)
      try insert.bind(failure.journeyID, at: 1)
      try insert.bind(failure.destinationID, at: 2)
      try insert.bind(Timestamp.text(failure.failedAt), at: 3)
      try insert.bind(failure.activations, at: 4)
      try insert.bind(failure.reason, at: 5)
      try insert.step()
    }
  }

  /// The latest delivery failure of `journeyID`, if any.
  public func lastDeliveryFailure(journeyID: String) throws -> DeliveryFailure? {
    let select = try database.prepare(
      """
      SELECT destination_id, failed_at, activations, reason FROM live_delivery_failures
      WHERE journey_id = ? ORDER BY id DESC LIMIT 1
      """)
    try select.bind(journeyID, at: 1)
    guard try select.step() else { return nil }
    let text = select.string(at: 1) ?? "NULL"
    guard let failedAt = Timestamp.date(text) else {
      throw StoreError.unreadableValue(path: path, column: "failed_at", value: text)
    }
    return DeliveryFailure(
      journeyID: journeyID, destinationID: select.string(at: 0) ?? "", failedAt: failedAt,
      activations: Int(select.int64(at: 2)), reason: select.string(at: 3) ?? "")
  }

  /// Runs `sql` once per id (bound as `?1`) in one transaction; `bind` binds the rest.
  private func update(
    _ ids: [Int64], _ sql: String, bind: (Statement) throws -> Void = { _ in }
  ) throws {
    try database.transaction {
      let statement = try database.prepare(sql)
      for id in ids {
        defer { statement.reset() }
        try statement.bind(id, at: 1)
        try bind(statement)
        try statement.step()
      }
    }
  }
}
