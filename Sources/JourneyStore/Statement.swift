import CSQLite
import Foundation

/// One compiled SQL statement: bind parameters by index (from 1), step, read columns (from 0),
/// reset to run it again. It is finalized when released or by `finalize()`.
public final class Statement {
  /// The connection the statement belongs to, kept alive as long as the statement.
  private let database: Database

  /// The compiled statement; nil once finalized.
  private var handle: OpaquePointer?

  /// Compiles `sql`, which must hold exactly one statement.
  init(database: Database, connection: OpaquePointer, sql: String) throws {
    self.database = database
    var compiled: OpaquePointer?
    let code = sqlite3_prepare_v2(connection, sql, -1, &compiled, nil)
    guard code == SQLITE_OK, let compiled else {
      sqlite3_finalize(compiled)
      throw database.error(code == SQLITE_OK ? SQLITE_MISUSE : code)
    }
    handle = compiled
  }

  deinit {
    finalize()
  }

  /// Releases the compiled statement; later calls fail, a second finalize does nothing.
  public func finalize() {
    sqlite3_finalize(handle)
    handle = nil
  }

  // MARK: - Binding

  /// Binds an integer, or NULL when nil.
  public func bind(_ value: Int64?, at index: Int32) throws {
    let statement = try compiled()
    guard let value else { return try bindNull(at: index) }
    try check(sqlite3_bind_int64(statement, index, value))
  }

  /// Binds an integer, or NULL when nil.
  public func bind(_ value: Int?, at index: Int32) throws {
    try bind(value.map { Int64($0) }, at: index)
  }

  /// Binds a floating-point number, or NULL when nil.
  public func bind(_ value: Double?, at index: Int32) throws {
    let statement = try compiled()
    guard let value else { return try bindNull(at: index) }
    try check(sqlite3_bind_double(statement, index, value))
  }

  /// Binds UTF-8 text (SQLite copies it), or NULL when nil.
  public func bind(_ value: String?, at index: Int32) throws {
    let statement = try compiled()
    guard var value else { return try bindNull(at: index) }
    let code = value.withUTF8 { bytes in
      // An empty buffer may have no address, and a null address would bind NULL.
      guard let base = bytes.baseAddress else {
        return sqlite3_bind_text(statement, index, "", 0, journeys_sqlite_transient())
      }
      return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        sqlite3_bind_text64(
          statement, index, $0, UInt64(bytes.count), journeys_sqlite_transient(),
          UInt8(SQLITE_UTF8))
      }
    }
    try check(code)
  }

  /// Binds bytes as a blob (SQLite copies them), or NULL when nil.
  public func bind(_ value: Data?, at index: Int32) throws {
    let statement = try compiled()
    guard let value else { return try bindNull(at: index) }
    let code = value.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else {
        return sqlite3_bind_zeroblob(statement, index, 0)
      }
      return sqlite3_bind_blob64(
        statement, index, base, UInt64(bytes.count), journeys_sqlite_transient())
    }
    try check(code)
  }

  /// Binds NULL.
  public func bindNull(at index: Int32) throws {
    try check(sqlite3_bind_null(try compiled(), index))
  }

  // MARK: - Running

  /// Runs the statement to its next row: true when a row is ready to read, false when done.
  @discardableResult
  public func step() throws -> Bool {
    let code = sqlite3_step(try compiled())
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw database.error(code)
    }
  }

  /// Makes the statement ready to run again and clears its bindings.
  public func reset() {
    guard let handle else { return }
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  // MARK: - Reading the current row

  /// Whether the column holds NULL.
  public func isNull(at column: Int32) -> Bool {
    guard let handle else { return true }
    return sqlite3_column_type(handle, column) == SQLITE_NULL
  }

  /// The column as an integer (0 for NULL).
  public func int64(at column: Int32) -> Int64 {
    guard let handle else { return 0 }
    return sqlite3_column_int64(handle, column)
  }

  /// The column as a floating-point number (0 for NULL).
  public func double(at column: Int32) -> Double {
    guard let handle else { return 0 }
    return sqlite3_column_double(handle, column)
  }

  /// The column as text, or nil for NULL.
  public func string(at column: Int32) -> String? {
    guard let handle, !isNull(at: column) else { return nil }
    guard let text = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  /// The column as bytes, or nil for NULL.
  public func data(at column: Int32) -> Data? {
    guard let handle, !isNull(at: column) else { return nil }
    guard let bytes = sqlite3_column_blob(handle, column) else { return Data() }
    return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, column)))
  }

  // MARK: - Helpers

  /// The compiled statement, or the error that it was finalized.
  private func compiled() throws -> OpaquePointer {
    guard let handle else {
      throw StoreError.sqlite(
        path: database.path, code: SQLITE_MISUSE, message: "the statement is finalized")
    }
    return handle
  }

  /// Throws the typed error for a failed binding.
  private func check(_ code: Int32) throws {
    guard code == SQLITE_OK else { throw database.error(code) }
  }
}
