/// The tables of live operation, kept in the run history's file so that a run's contact
/// state, its outbox and its history row are written in one transaction.
///
/// They are versioned apart from the history's own tables (whose version is the file
/// header's `user_version`), in the one-row table `live_schema`, so that either set of tables
/// can change without the other. Instants of the journey's clock are INTEGER seconds since
/// 1970; real-clock times are ISO-8601 text like the history's.
enum LiveSchema {
  /// Every version of the live tables, numbered from 1 without gaps.
  static let migrations = [Migration(version: 1, sql: version1)]

  /// The version this program writes.
  static var latestVersion: Int { migrations.last?.version ?? 0 }

  /// Brings the live tables of `database` to the latest version, in one transaction;
  /// refuses a file whose live tables a newer program wrote.
  static func apply(to database: Database) throws {
    try database.execute("CREATE TABLE IF NOT EXISTS live_schema (version INTEGER NOT NULL)")
    guard try check(database) < latestVersion else { return }

    try database.transaction {
      // Another process may have migrated the tables since the check outside the transaction.
      let found = try check(database)
      for migration in migrations where migration.version > found {
        try database.execute(migration.sql)
      }
      try database.execute("DELETE FROM live_schema")
      try database.execute("INSERT INTO live_schema (version) VALUES (\(latestVersion))")
    }
  }

  /// The version of the live tables in `database` (0 before the first migration).
  private static func check(_ database: Database) throws -> Int {
    let select = try database.prepare("SELECT max(version) FROM live_schema")
    let found = try select.step() ? Int(select.int64(at: 0)) : 0
    guard found <= latestVersion else {
      throw StoreError.newerSchema(path: database.path, found: found, supported: latestVersion)
    }
    return found
  }

  /// The first version: journeys, contacts, contact moves, the outbox and delivery failures.
  private static let version1 = """
    CREATE TABLE live_journeys (
      journey_id TEXT PRIMARY KEY,
      version INTEGER NOT NULL CHECK (version >= 0),
      published_at INTEGER NOT NULL,
      version_since INTEGER NOT NULL,
      last_run_at INTEGER,
      runs INTEGER NOT NULL CHECK (runs >= 0)
    ) WITHOUT ROWID;
    CREATE TABLE live_contacts (
      journey_id TEXT NOT NULL,
      contact_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('outside', 'inside', 'left')),
      step_id TEXT CHECK (step_id IS NULL OR status = 'inside'),
      arrival INTEGER NOT NULL,
      entry_time INTEGER NOT NULL,
      qualify_from INTEGER NOT NULL,
      entries INTEGER NOT NULL CHECK (entries >= 0),
      PRIMARY KEY (journey_id, contact_id)
    ) WITHOUT ROWID;
    CREATE INDEX live_contacts_on_steps ON live_contacts (journey_id, step_id)
      WHERE status = 'inside';
    CREATE TABLE live_moves (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      journey_id TEXT NOT NULL,
      contact_id TEXT NOT NULL,
      run_id INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('inside', 'left')),
      step_id TEXT,
      at INTEGER NOT NULL,
      reason TEXT
    );
    CREATE INDEX live_moves_by_contact ON live_moves (journey_id, contact_id, id);
    CREATE TABLE live_outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      activation_id TEXT NOT NULL UNIQUE,
      journey_id TEXT NOT NULL,
      destination_id TEXT NOT NULL,
      run_id INTEGER NOT NULL,
      payload TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      last_error TEXT,
      sent_at TEXT
    );
    CREATE INDEX live_outbox_waiting ON live_outbox (journey_id, destination_id, id)
      WHERE sent_at IS NULL;
    CREATE TABLE live_delivery_failures (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      journey_id TEXT NOT NULL,
      destination_id TEXT NOT NULL,
      failed_at TEXT NOT NULL,
      activations INTEGER NOT NULL CHECK (activations >= 0),
      reason TEXT NOT NULL
    );
    CREATE INDEX live_delivery_failures_by_journey ON live_delivery_failures (journey_id, id);
    """
}
