import Foundation
import Testing

@testable import JourneyStore

@Suite struct DatabaseTests {
  @Test func opensInWriteAheadModeAndCreatesTheFolder() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("a/b/test.sqlite")
      let database = try Database(url: url)

      let mode = try database.prepare("PRAGMA journal_mode")
      #expect(try mode.step())
      #expect(mode.string(at: 0) == "wal")
      let keys = try database.prepare("PRAGMA foreign_keys")
      #expect(try keys.step())
      #expect(keys.int64(at: 0) == 1)
      #expect(FileManager.default.fileExists(atPath: url.path))
    }
  }

  @Test func bindsAndReadsEveryKindOfValue() throws {
    try withTemporaryFolder { folder in
      let database = try Database(url: folder.appendingPathComponent("values.sqlite"))
      try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, e TEXT, b BLOB, n TEXT)")
      let insert = try database.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)")
      try insert.bind(Int64.min, at: 1)
      try insert.bind(2.5, at: 2)
      try insert.bind("Grüße \u{0}after NUL 👍", at: 3)
      try insert.bind("", at: 4)
      try insert.bind(Data([0, 1, 254, 255]), at: 5)
      try insert.bind(String?.none, at: 6)
      #expect(try insert.step() == false)

      let select = try database.prepare("SELECT i, r, s, e, b, n, typeof(e) FROM t")
      #expect(try select.step())
      #expect(select.int64(at: 0) == Int64.min)
      #expect(select.double(at: 1) == 2.5)
      #expect(select.string(at: 2) == "Grüße \u{0}after NUL 👍")
      #expect(select.string(at: 3) == "")
      #expect(select.data(at: 4) == Data([0, 1, 254, 255]))
      #expect(select.isNull(at: 5))
      #expect(select.string(at: 5) == nil)
      #expect(select.string(at: 6) == "text")
      #expect(try select.step() == false)
    }
  }

  @Test func resetRunsAStatementAgainWithNewBindings() throws {
    try withTemporaryFolder { folder in
      let database = try Database(url: folder.appendingPathComponent("reset.sqlite"))
      try database.execute("CREATE TABLE t (i INTEGER)")
      let insert = try database.prepare("INSERT INTO t VALUES (?)")
      for value in [3, 5, 8] {
        try insert.bind(value, at: 1)
        try insert.step()
        insert.reset()
      }
      insert.finalize()

      let sum = try database.prepare("SELECT sum(i), count(*) FROM t")
      #expect(try sum.step())
      #expect(sum.int64(at: 0) == 16)
      #expect(sum.int64(at: 1) == 3)
      #expect(database.lastInsertRowID == 3)
    }
  }

  @Test func aFinalizedStatementOrClosedDatabaseThrows() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("closed.sqlite")
      let database = try Database(url: url)
      let statement = try database.prepare("SELECT 1")
      statement.finalize()
      let finalized = StoreError.sqlite(
        path: url.path, code: 21, message: "the statement is finalized")
      #expect(throws: finalized) { try statement.step() }

      database.close()
      database.close()
      let closed = StoreError.sqlite(
        path: url.path, code: 21, message: "the database connection is closed")
      #expect(throws: closed) { try database.execute("SELECT 1") }
    }
  }

  @Test func aBadStatementGivesSQLitesMessage() throws {
    try withTemporaryFolder { folder in
      let url = folder.appendingPathComponent("bad.sqlite")
      let database = try Database(url: url)
      let missing = StoreError.sqlite(path: url.path, code: 1, message: "no such table: missing")
      #expect(throws: missing) { try database.prepare("SELECT * FROM missing") }
    }
  }
}
