/// The ordered migrations of one kind of database file, and the number that marks its owner.
///
/// The schema version lives in the file header (`PRAGMA user_version`); 0 is a new, empty file.
/// Migrations are numbered 1, 2, 3, ... with no gaps; opening runs those the file lacks, in
/// order, in one transaction, so a file is never left half migrated.
public struct Schema: Sendable {
  /// The value of `PRAGMA application_id` that marks files of this kind.
  public let applicationID: Int32

  /// The migrations, numbered from 1 without gaps.
  public let migrations: [Migration]

  /// A schema made of `migrations`, which must be numbered 1, 2, 3, ...
  public init(applicationID: Int32, migrations: [Migration]) {
    self.applicationID = applicationID
    self.migrations = migrations
  }

  /// The version a file has once every migration has run.
  public var latestVersion: Int {
    migrations.last?.version ?? 0
  }

  /// Whether the migrations are numbered 1, 2, 3, ... without gaps.
  public var isNumberedInOrder: Bool {
    migrations.enumerated().allSatisfy { $0.element.version == $0.offset + 1 }
  }

  /// Brings `database` to the latest version; refuses a file of another program or one that
  /// a newer program has written.
  public func apply(to database: Database) throws {
    guard try check(database) < latestVersion else { return }

    try database.transaction {
      // Another process may have migrated the file since the check outside the transaction.
      let found = try check(database)
      for migration in migrations where migration.version > found {
        try database.execute(migration.sql)
        try database.setUserVersion(migration.version)
      }
      try database.setApplicationID(applicationID)
    }
  }

  /// The file's schema version, after checking that this program may use the file.
  private func check(_ database: Database) throws -> Int {
    let owner = try database.applicationID()
    guard owner == 0 || owner == applicationID else {
      throw StoreError.foreignDatabase(path: database.path, applicationID: owner)
    }

    let found = try database.userVersion()
    guard found <= latestVersion else {
      throw StoreError.newerSchema(path: database.path, found: found, supported: latestVersion)
    }
    return found
  }
}
