import Foundation
import Testing

@testable import JourneyStore

@Suite struct StoreErrorTests {
  @Test func aFileThatIsNotADatabaseIsRefusedWithWhatToDo() throws {
    try withTemporaryFolder { workspace in
      let folder = workspace.appendingPathComponent(".journey")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let file = folder.appendingPathComponent("history.sqlite")
      let text = String(repeating: "these are my notes, not a database\n", count: 40)
      try Data(text.utf8).write(to: file)

      let error = StoreError.notADatabase(path: file.path, message: "file is not a database")
      #expect(throws: error) { try RunHistory(workspace: workspace) }
      #expect(
        error.description == "'\(file.path)' is not an SQLite database (file is not a "
          + "database): move it aside and run again to start a new one.")
      #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }
  }

  @Test func aMissingWorkspaceIsNamed() throws {
    try withTemporaryFolder { folder in
      let workspace = folder.appendingPathComponent("no-such-workspace")

      let error = StoreError.workspaceMissing(path: workspace.path)
      #expect(throws: error) { try RunHistory(workspace: workspace) }
      #expect(
        error.description == "the workspace folder '\(workspace.path)' does not exist: check "
          + "the path or create it first.")
      #expect(!FileManager.default.fileExists(atPath: workspace.path))
    }
  }

  @Test func aFileInThePlaceOfTheStateFolderGivesAClearError() throws {
    try withTemporaryFolder { workspace in
      let blocker = workspace.appendingPathComponent(".journey")
      try Data("not a folder".utf8).write(to: blocker)

      let error = StoreError.folderNotCreated(
        path: blocker.path, reason: "a file of that name is in the way")
      #expect(throws: error) { try RunHistory(workspace: workspace) }
      #expect(
        error.description == "cannot create the folder '\(blocker.path)' (a file of that name "
          + "is in the way): move aside what is in its place, make the workspace writable, and "
          + "run again.")
    }
  }

  @Test(
    "a read-only workspace gives a clear error",
    .enabled(if: getuid() != 0, "root may write to read-only folders"))
  func aReadOnlyWorkspaceGivesAClearError() throws {
    try withTemporaryFolder { workspace in
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o555], ofItemAtPath: workspace.path)
      defer {
        try? FileManager.default.setAttributes(
          [.posixPermissions: 0o755], ofItemAtPath: workspace.path)
      }

      let folder = workspace.appendingPathComponent(".journey").path
      let error = StoreError.folderNotCreated(path: folder, reason: "Permission denied")
      #expect(throws: error) { try RunHistory(workspace: workspace) }
    }
  }

  @Test func writingThroughAReadOnlyConnectionIsRefused() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("ro.sqlite")
      try Database(url: url).execute("CREATE TABLE t (i INTEGER)")
      let reader = try Database(url: url, readOnly: true)

      let error = StoreError.readOnly(
        path: url.path, message: "attempt to write a readonly database")
      #expect(throws: error) { try reader.execute("INSERT INTO t VALUES (1)") }
      #expect(
        error.description == "cannot write to the database '\(url.path)' (attempt to write a "
          + "readonly database): make the file and its folder writable and run again.")
    }
  }

  @Test func aMissingFileOpenedReadOnlyCannotBeOpened() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("missing.sqlite")

      let error = StoreError.cannotOpen(path: url.path, message: "unable to open database file")
      #expect(throws: error) { try Database(url: url, readOnly: true) }
      #expect(
        error.description == "cannot open the database '\(url.path)' (unable to open database "
          + "file): check that its folder exists and is writable.")
    }
  }

  @Test func aLockHeldByAnotherConnectionIsReportedAsLocked() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("locked.sqlite")
      let holder = try Database(url: url)
      try holder.execute("CREATE TABLE t (i INTEGER)")
      let waiter = try Database(url: url, busyTimeout: 0)

      let error = StoreError.locked(path: url.path, message: "database is locked")
      try holder.transaction {
        #expect(throws: error) { try waiter.transaction {} }
      }
      #expect(
        error.description == "the database '\(url.path)' is locked by another process "
          + "(database is locked): let the other journey command finish or close it, and run "
          + "again.")
      try waiter.transaction { try waiter.execute("INSERT INTO t VALUES (1)") }
    }
  }

  @Test func theDiskFullSentenceSaysToFreeSpace() {
    let error = StoreError(code: 13, message: "database or disk is full", path: "/w/h.sqlite")

    #expect(error == .diskFull(path: "/w/h.sqlite", message: "database or disk is full"))
    #expect(
      error.description == "the disk is full while writing '/w/h.sqlite' (database or disk is "
        + "full): free space and run again.")
  }

  @Test func anUnreadableStoredValueIsNamed() throws {
    try withTemporaryFolder { workspace in
      let history = try RunHistory(workspace: workspace)
      history.close()
      let database = try Database(url: URL(fileURLWithPath: history.path))
      try database.execute(
        """
        INSERT INTO runs (journey_id, journey_version, run_type, status, started_at,
          finished_at, entered, exited, completed)
        VALUES ('a', 1, 'scheduled', 'success', 'yesterday', '2024-03-01T09:00:00.000Z', 0, 0, 0)
        """)

      let reopened = try RunHistory(workspace: workspace)
      let error = StoreError.unreadableValue(
        path: history.path, column: "started_at", value: "yesterday")
      #expect(throws: error) { try reopened.runs(journeyID: "a") }
      #expect(
        error.description == "the database '\(history.path)' holds an unreadable started_at "
          + "'yesterday': it was changed by another program; move it aside to start a new one.")
    }
  }
}
