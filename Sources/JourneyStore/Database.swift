import CSQLite
import Foundation

/// One open connection to an SQLite file; use it from one thread at a time.
///
/// Opening creates the file's folder and the file when missing, turns on write-ahead logging
/// (readers never block the writer), foreign keys and a busy timeout, so a second process
/// waits for a lock instead of failing at once.
public final class Database {
  /// The file's path, as shown in error messages.
  public let path: String

  /// The SQLite handle; nil once closed.
  private var handle: OpaquePointer?

  /// Opens (and creates, unless `readOnly`) the database file at `url`; a statement waits up
  /// to `busyTimeout` milliseconds for another process's lock before failing.
  public init(url: URL, readOnly: Bool = false, busyTimeout: Int32 = 5_000) throws {
    path = url.path
    if !readOnly {
      try Self.createFolder(url.deletingLastPathComponent())
    }

    var opened: OpaquePointer?
    let flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
    let code = sqlite3_open_v2(path, &opened, flags | SQLITE_OPEN_NOMUTEX, nil)
    handle = opened
    guard code == SQLITE_OK else {
      let error = self.error(code)
      close()
      throw error
    }

    do {
      try configure(readOnly: readOnly, busyTimeout: busyTimeout)
    } catch {
      close()
      throw error
    }
  }

  deinit {
    close()
  }

  /// Closes the connection; later calls fail with an error, a second close does nothing.
  public func close() {
    guard let handle else { return }
    sqlite3_close_v2(handle)
    self.handle = nil
  }

  /// Runs one or more SQL statements that return no rows.
  public func execute(_ sql: String) throws {
    let code = sqlite3_exec(try connection(), sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw error(code) }
  }

  /// Compiles one SQL statement for binding and stepping.
  public func prepare(_ sql: String) throws -> Statement {
    try Statement(database: self, connection: try connection(), sql: sql)
  }

  /// Runs `body` in one transaction: commits when it returns, rolls back when it throws and
  /// then throws the body's own error unchanged. Nested calls use savepoints.
  @discardableResult
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    let nested = sqlite3_get_autocommit(try connection()) == 0
    try execute(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE")

    let result: T
    do {
      result = try body()
    } catch {
      rollBack(nested: nested)
      throw error
    }

    do {
      try execute(nested ? "RELEASE nested" : "COMMIT")
    } catch {
      rollBack(nested: nested)
      throw error
    }
    return result
  }

  /// The schema version kept in the file's header (`PRAGMA user_version`).
  public func userVersion() throws -> Int {
    Int(try integerPragma("user_version"))
  }

  /// Sets the schema version kept in the file's header; part of the open transaction, if any.
  public func setUserVersion(_ version: Int) throws {
    try execute("PRAGMA user_version = \(version)")
  }

  /// The number that identifies the program owning the file (`PRAGMA application_id`).
  public func applicationID() throws -> Int32 {
    Int32(truncatingIfNeeded: try integerPragma("application_id"))
  }

  /// Sets the number that identifies the program owning the file.
  public func setApplicationID(_ id: Int32) throws {
    try execute("PRAGMA application_id = \(id)")
  }

  /// The row id of the last row inserted on this connection.
  public var lastInsertRowID: Int64 {
    guard let handle else { return 0 }
    return sqlite3_last_insert_rowid(handle)
  }

  /// The typed error for an SQLite result code, with the connection's message.
  func error(_ code: Int32) -> StoreError {
    let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return StoreError(
      code: code, message: message ?? String(cString: sqlite3_errstr(code)), path: path)
  }

  /// The open handle, or the error that the connection is closed.
  private func connection() throws -> OpaquePointer {
    guard let handle else {
      throw StoreError.sqlite(
        path: path, code: SQLITE_MISUSE, message: "the database connection is closed")
    }
    return handle
  }

  /// Sets the busy timeout, foreign keys and the journal mode.
  private func configure(readOnly: Bool, busyTimeout: Int32) throws {
    let handle = try connection()
    sqlite3_extended_result_codes(handle, 1)
    sqlite3_busy_timeout(handle, busyTimeout)
    try execute("PRAGMA foreign_keys = ON")

    // The journal mode is what first reads the file, so a file that is not a database fails
    // here; a read-only connection keeps the mode the writer chose. With write-ahead logging,
    // synchronous NORMAL keeps the file whole after any crash; a power cut may lose only the
    // last commits.
    if readOnly {
      _ = try integerPragma("schema_version")
    } else {
      try execute("PRAGMA journal_mode = WAL")
      try execute("PRAGMA synchronous = NORMAL")
    }
  }

  /// Reads a pragma that returns one integer.
  private func integerPragma(_ name: String) throws -> Int64 {
    let statement = try prepare("PRAGMA \(name)")
    guard try statement.step() else { return 0 }
    return statement.int64(at: 0)
  }

  /// Undoes the open transaction or savepoint; a failure here leaves SQLite to roll back.
  private func rollBack(nested: Bool) {
    guard let handle else { return }
    if nested {
      sqlite3_exec(handle, "ROLLBACK TO nested; RELEASE nested", nil, nil, nil)
    } else if sqlite3_get_autocommit(handle) == 0 {
      sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
    }
  }

  /// Creates `folder` and its missing parents, with the system's reason when one fails.
  private static func createFolder(_ folder: URL) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw StoreError.folderNotCreated(
          path: folder.path, reason: "a file of that name is in the way")
      }
      return
    }

    let parent = folder.deletingLastPathComponent()
    if parent.path != folder.path {
      try createFolder(parent)
    }
    guard mkdir(folder.path, 0o755) == 0 else {
      let code = errno
      guard code != EEXIST else { return }
      throw StoreError.folderNotCreated(path: folder.path, reason: String(cString: strerror(code)))
    }
  }
}
