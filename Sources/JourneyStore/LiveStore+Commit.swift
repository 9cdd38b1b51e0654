extension LiveStore {
  /// Stores one run in one transaction and returns its history id: the history row and its
  /// counts, the journey's standing, the changed contacts, their moves and the outbox rows.
  /// `beforeCommit` runs last inside the transaction; when anything throws, nothing is kept.
  @discardableResult
  public func commit(
    _ run: LiveRunCommit, beforeCommit: () throws -> Void = {}
  ) throws -> Int64 {
    try database.transaction {
      let runID = try insertRecord(run.record)
      try saveJourney(run.journey)
      try saveContacts(run.contacts, journeyID: run.journey.journeyID)
      try insertMoves(run.moves, journeyID: run.journey.journeyID, runID: runID)
      try insertActivations(run.activations, journeyID: run.journey.journeyID, runID: runID)
      try beforeCommit()
      return runID
    }
  }

  /// Stores a history row on its own (a failed run) and returns its id.
  @discardableResult
  public func record(_ run: RunRecord) throws -> Int64 {
    try database.transaction { try insertRecord(run) }
  }

  /// Inserts a history row with its counts, in the open transaction.
  private func insertRecord(_ run: RunRecord) throws -> Int64 {
    let insert = try database.prepare(RunRow.insertSQL)
    try RunRow.bind(run, to: insert)
    try insert.step()
    let runID = database.lastInsertRowID
    for table in CountTable.all {
      try table.insert(run, runID: runID, using: try database.prepare(table.insertSQL))
    }
    return runID
  }

  private func saveJourney(_ journey: LiveJourney) throws {
    let upsert = try database.prepare(
      """
      INSERT INTO live_journeys
        (journey_id, version, published_at, version_since, last_run_at, runs)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (journey_id) DO UPDATE SET version = excluded.version,
        published_at = excluded.published_at, version_since = excluded.version_since,
        last_run_at = excluded.last_run_at, runs = excluded.runs
      """)
    try upsert.bind(journey.journeyID, at: 1)
    try upsert.bind(journey.version, at: 2)
    try upsert.bind(journey.publishedAt, at: 3)
    try upsert.bind(journey.versionSince, at: 4)
    try upsert.bind(journey.lastRunAt, at: 5)
    try upsert.bind(journey.runs, at: 6)
    try upsert.step()
  }

  private func saveContacts(_ contacts: [LiveContact], journeyID: String) throws {
    let upsert = try database.prepare(
      """
      INSERT INTO live_contacts (journey_id, contact_id, status, step_id, arrival, entry_time,
        qualify_from, entries)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (journey_id, contact_id) DO UPDATE SET status = excluded.status,
        step_id = excluded.step_id, arrival = excluded.arrival,
        entry_time = excluded.entry_time, qualify_from = excluded.qualify_from,
        entries = excluded.entries
      """)
    for contact in contacts {
      defer { upsert.reset() }
      try upsert.bind(journeyID, at: 1)
      try upsert.bind(contact.contactID, at: 2)
      try upsert.bind(contact.status.rawValue, at: 3)
      try upsert.bind(contact.status == .inside ? contact.stepID : nil, at: 4)
      try upsert.bind(contact.arrival, at: 5)
      try upsert.bind(contact.entryTime, at: 6)
      try upsert.bind(contact.qualifyFrom, at: 7)
      try upsert.bind(contact.entries, at: 8)
      try upsert.step()
    }
  }

  private func insertMoves(_ moves: [LiveMove], journeyID: String, runID: Int64) throws {
    let insert = try database.prepare(
      """
      INSERT INTO live_moves (journey_id, contact_id, run_id, status, step_id, at, reason)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      """)
    for move in moves {
      defer { insert.reset() }
      try insert.bind(journeyID, at: 1)
      try insert.bind(move.contactID, at: 2)
      try insert.bind(runID, at: 3)
      try insert.bind(move.status.rawValue, at: 4)
      try insert.bind(move.stepID, at: 5)
      try insert.bind(move.at, at: 6)
      try insert.bind(move.reason, at: 7)
      try insert.step()
    }
  }

  private func insertActivations(
    _ activations: [NewActivation], journeyID: String, runID: Int64
  ) throws {
    let insert = try database.prepare(
      """
      INSERT INTO live_outbox (activation_id, journey_id, destination_id, run_id, payload)
      VALUES (?, ?, ?, ?, ?)
      """)
    for activation in activations {
      defer { insert.reset() }
      try insert.bind(activation.activationID, at: 1)
      try insert.bind(journeyID, at: 2)
      try insert.bind(activation.destinationID, at: 3)
      try insert.bind(runID, at: 4)
      try insert.bind(activation.payload, at: 5)
      try insert.step()
    }
  }
}
