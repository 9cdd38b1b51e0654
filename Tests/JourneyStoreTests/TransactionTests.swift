import Foundation
import Testing

@testable import JourneyStore

@Suite struct TransactionTests {
  /// A database with an empty table `t (i INTEGER)`.
  private func makeDatabase(in folder: URL) throws -> Database {
    let database = try Database(url: folder.appendingPathComponent("tx.sqlite"))
    try database.execute("CREATE TABLE t (i INTEGER)")
    return database
  }

  /// The number of rows in `t`.
  private func rowCount(_ database: Database) throws -> Int64 {
    let count = try database.prepare("SELECT count(*) FROM t")
    try count.step()
    return count.int64(at: 0)
  }

  @Test func commitsWhenTheBodyReturns() throws {
    try withTemporaryFolder { folder in
      let database = try makeDatabase(in: folder)
      let value = try database.transaction {
        try database.execute("INSERT INTO t VALUES (1), (2)")
        return "done"
      }

      #expect(value == "done")
      #expect(try rowCount(database) == 2)
    }
  }

  @Test func rollsBackAndRethrowsTheBodysError() throws {
    try withTemporaryFolder { folder in
      let database = try makeDatabase(in: folder)
      #expect(throws: PlannedFailure()) {
        try database.transaction {
          try database.execute("INSERT INTO t VALUES (1), (2)")
          throw PlannedFailure()
        }
      }

      #expect(try rowCount(database) == 0)
      try database.execute("INSERT INTO t VALUES (3)")
      #expect(try rowCount(database) == 1)
    }
  }

  @Test func aNestedFailureUndoesOnlyTheNestedPart() throws {
    try withTemporaryFolder { folder in
      let database = try makeDatabase(in: folder)
      try database.transaction {
        try database.execute("INSERT INTO t VALUES (1)")
        #expect(throws: PlannedFailure()) {
          try database.transaction {
            try database.execute("INSERT INTO t VALUES (2)")
            throw PlannedFailure()
          }
        }
        try database.execute("INSERT INTO t VALUES (3)")
      }

      let sum = try database.prepare("SELECT sum(i) FROM t")
      try sum.step()
      #expect(sum.int64(at: 0) == 4)
    }
  }

  @Test func aSecondConnectionSeesNothingUntilCommit() throws {
    try withTemporaryFolder { folder in
      let writer = try makeDatabase(in: folder)
      let reader = try Database(url: folder.appendingPathComponent("tx.sqlite"))
      try writer.transaction {
        try writer.execute("INSERT INTO t VALUES (1)")
        #expect(try rowCount(reader) == 0)
      }

      #expect(try rowCount(reader) == 1)
    }
  }
}
