import Foundation
import Testing

@testable import JourneyStore

@Suite struct SchemaTests {
  @Test func aNewHistoryHasTheLatestVersionAndItsOwnApplicationID() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      history.close()

      let database = try Database(url: URL(fileURLWithPath: history.path))
      #expect(try database.userVersion() == 1)
      #expect(RunHistory.schemaVersion == 1)
      #expect(try database.applicationID() == 0x4A52_4E59)
      let tables = try database.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      var names: [String] = []
      while try tables.step() { names.append(tables.string(at: 0) ?? "") }
      #expect(names == ["run_activations", "run_exits", "run_steps", "runs", "sqlite_sequence"])
    }
  }

  @Test func theHistoryMigrationsAreNumberedInOrder() {
    #expect(RunHistorySchema.schema.isNumberedInOrder)
    let gap = Schema(
      applicationID: 1,
      migrations: [Migration(version: 1, sql: ""), Migration(version: 3, sql: "")])
    #expect(!gap.isNumberedInOrder)
  }

  @Test func aNewerHistoryIsRefusedWithItsExactMessage() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      history.close()
      try Database(url: URL(fileURLWithPath: history.path)).setUserVersion(5)

      let error = StoreError.newerSchema(path: history.path, found: 5, supported: 1)
      #expect(throws: error) { try RunHistory(workspace: workspace) }
      #expect(
        error.description == "the database '\(history.path)' has schema version 5, newer than "
          + "the version 1 this program knows: upgrade journey, or move the file aside to "
          + "start a new one.")
    }
  }

  @Test func anotherProgramsDatabaseIsRefused() throws {
    try withTemporaryFolder { workspace in
      let url = workspace.appendingPathComponent(".journey/history.sqlite")
      try Database(url: url).setApplicationID(42)

      let error = StoreError.foreignDatabase(path: url.path, applicationID: 42)
      #expect(throws: error) { try RunHistory(workspace: workspace) }
      #expect(
        error.description == "'\(url.path)' is a database of another program (application id "
          + "42): move it aside and run again to start a new one.")
    }
  }

  @Test func migrationsRunInOrderFromTheFilesVersion() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("migrate.sqlite")
      let first = Schema(
        applicationID: 7, migrations: [Migration(version: 1, sql: "CREATE TABLE a (x)")])
      let second = Schema(
        applicationID: 7,
        migrations: first.migrations + [
          Migration(version: 2, sql: "ALTER TABLE a ADD COLUMN y; CREATE TABLE b (z)")
        ])

      let database = try Database(url: url)
      try first.apply(to: database)
      try database.execute("INSERT INTO a (x) VALUES (1)")
      try second.apply(to: database)
      try second.apply(to: database)

      #expect(try database.userVersion() == 2)
      let row = try database.prepare("SELECT x, y, (SELECT count(*) FROM b) FROM a")
      #expect(try row.step())
      #expect(row.int64(at: 0) == 1)
      #expect(row.isNull(at: 1))
      #expect(row.int64(at: 2) == 0)
    }
  }

  @Test func aFailedMigrationLeavesTheFileAtItsOldVersion() throws {
    try withTemporaryFolder { folder in
      let database = try Database(url: folder.appendingPathComponent("broken.sqlite"))
      let broken = Schema(
        applicationID: 7,
        migrations: [
          Migration(version: 1, sql: "CREATE TABLE a (x)"),
          Migration(version: 2, sql: "CREATE TABLE a (x)"),
        ])

      #expect(throws: StoreError.self) { try broken.apply(to: database) }

      #expect(try database.userVersion() == 0)
      #expect(try database.applicationID() == 0)
      let tables = try database.prepare("SELECT count(*) FROM sqlite_master")
      try tables.step()
      #expect(tables.int64(at: 0) == 0)
    }
  }
}
