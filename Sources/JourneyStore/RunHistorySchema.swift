/// The tables of the run history file, version by version.
///
/// `runs` holds one row per run; three child tables hold its counts by name (exit reason,
/// destination, step), one row per name, and go when their run goes. Times are ISO-8601 UTC
/// text with milliseconds. Checks refuse negative counts and unknown run types or statuses.
enum RunHistorySchema {
  /// "JRNY": the application id that marks a Journeys history file.
  static let applicationID: Int32 = 0x4A52_4E59

  /// Every version of the history's tables.
  static let schema = Schema(
    applicationID: applicationID,
    migrations: [Migration(version: 1, sql: version1)])

  /// The first version: runs and their counts.
  private static let version1 = """
    CREATE TABLE runs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      journey_id TEXT NOT NULL,
      journey_version INTEGER NOT NULL,
      run_type TEXT NOT NULL
        CHECK (run_type IN ('scheduled', 'run-now', 'full-run', 'simulated')),
      status TEXT NOT NULL CHECK (status IN ('success', 'fail')),
      failure_reason TEXT CHECK (failure_reason IS NULL OR status = 'fail'),
      started_at TEXT NOT NULL,
      finished_at TEXT NOT NULL,
      run_at TEXT,
      entered INTEGER NOT NULL CHECK (entered >= 0),
      exited INTEGER NOT NULL CHECK (exited >= 0),
      completed INTEGER NOT NULL CHECK (completed >= 0),
      simulation_id TEXT
    );
    CREATE INDEX runs_by_journey ON runs (journey_id, id);
    CREATE INDEX runs_by_simulation ON runs (journey_id, simulation_id)
      WHERE simulation_id IS NOT NULL;
    CREATE TABLE run_exits (
      run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      contacts INTEGER NOT NULL CHECK (contacts >= 0),
      PRIMARY KEY (run_id, reason)
    ) WITHOUT ROWID;
    CREATE TABLE run_activations (
      run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      destination_id TEXT NOT NULL,
      activations INTEGER NOT NULL CHECK (activations >= 0),
      PRIMARY KEY (run_id, destination_id)
    ) WITHOUT ROWID;
    CREATE TABLE run_steps (
      run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
      step_id TEXT NOT NULL,
      contacts INTEGER NOT NULL CHECK (contacts >= 0),
      PRIMARY KEY (run_id, step_id)
    ) WITHOUT ROWID;
    """
}
