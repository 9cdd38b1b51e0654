import Testing

@testable import TextFormats

@Suite struct CSVHeaderTests {
  @Test func mapsTrimmedCaseSensitiveNamesToIndexes() throws {
    let header = try CSVReader(text: " contact_id ,Event,\"timestamp\t\"\n").header()
    #expect(header.names == ["contact_id", "Event", "timestamp"])
    #expect(header.index(of: "contact_id") == 0)
    #expect(header.index(of: "timestamp") == 2)
    #expect(header.index(of: "event") == nil)
    #expect(try header.requireIndexes(of: ["timestamp", "contact_id"]) == [2, 0])
  }

  @Test func firstOfRepeatedNamesWins() {
    #expect(CSVHeader(names: ["a", "b", "a"]).index(of: "a") == 0)
  }

  @Test func missingColumnErrorListsTheColumnsFound() {
    let header = CSVHeader(names: ["id", "email", "ts"])
    let error = CSVError.missingColumns(["contact_id"], found: ["id", "email", "ts"])
    #expect(throws: error) { try header.requireIndex(of: "contact_id") }
    #expect(
      error.description
        == "missing required column \"contact_id\"; the header row has \"id\", \"email\", "
        + "\"ts\"; rename a column or map it in the data source settings")
  }

  @Test func missingColumnsAreListedTogether() {
    let header = CSVHeader(names: ["id"])
    let error = CSVError.missingColumns(["event", "timestamp"], found: ["id"])
    #expect(throws: error) { try header.requireIndexes(of: ["id", "event", "timestamp"]) }
    #expect(
      error.description
        == "missing required columns \"event\", \"timestamp\"; the header row has \"id\"; "
        + "rename a column or map it in the data source settings")
  }

  @Test func anEmptyFileHasNoHeader() {
    #expect(throws: CSVError.missingHeader) { try CSVReader(text: "\n\n").header() }
    #expect(
      CSVError.missingHeader.description
        == "the file is empty; its first line must be a header row naming the columns")
  }
}
