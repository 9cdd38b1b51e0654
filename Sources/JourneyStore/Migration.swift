/// The SQL that takes a database from schema version `version - 1` to `version`.
public struct Migration: Sendable {
  /// The schema version the database has once this migration has run.
  public let version: Int

  /// One or more SQL statements, run in the migration's transaction.
  public let sql: String

  /// A migration to `version`.
  public init(version: Int, sql: String) {
    self.version = version
    self.sql = sql
  }
}
