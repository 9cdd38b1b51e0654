import Foundation
import Testing

@testable import TextFormats

@Suite struct CSVReaderTests {
  private func records(_ text: String, _ separator: CSVSeparator = .comma) throws -> [[String]] {
    try CSVReader(text: text, separator: separator).allRecords()
  }

  private func lines(_ text: String, _ separator: CSVSeparator = .comma) throws -> [Int] {
    var lines: [Int] = []
    try CSVReader(text: text, separator: separator).forEachRecord { lines.append($0.line) }
    return lines
  }

  @Test func readsFieldsAndLinesWithLF() throws {
    let text = "contact_id,event,timestamp\nc1,purchase,2026-03-29\nc2,open,2026-03-30\n"
    #expect(
      try records(text) == [
        ["contact_id", "event", "timestamp"], ["c1", "purchase", "2026-03-29"],
        ["c2", "open", "2026-03-30"],
      ])
    #expect(try lines(text) == [1, 2, 3])
  }

  @Test func readsCRLFAndALastLineWithoutNewline() throws {
    let text = "a,b\r\nc,d\r\ne,f"
    #expect(try records(text) == [["a", "b"], ["c", "d"], ["e", "f"]])
    #expect(try records("a,b\r") == [["a", "b"]])
  }

  @Test func skipsEmptyLinesButCountsThem() throws {
    let text = "\n\na,b\n\r\n\nc,d\n\n"
    #expect(try records(text) == [["a", "b"], ["c", "d"]])
    #expect(try lines(text) == [3, 6])
    #expect(try records("").isEmpty)
    #expect(try records("\n\r\n").isEmpty)
  }

  @Test func keepsEmptyFields() throws {
    #expect(try records("a,,b,\n,\n\"\"\n") == [["a", "", "b", ""], ["", ""], [""]])
  }

  @Test func unquotesSeparatorsDoubledQuotesAndLineBreaks() throws {
    let text = "id,note\n1,\"Hello, \"\"world\"\"\"\n2,\"two\nlines\r\nhere\"\n3,last\n"
    #expect(
      try records(text) == [
        ["id", "note"], ["1", "Hello, \"world\""], ["2", "two\nlines\r\nhere"], ["3", "last"],
      ])
    #expect(try lines(text) == [1, 2, 3, 6])
  }

  @Test func skipsAByteOrderMark() throws {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("contact_id,x\n1,2\n".utf8))
    let reader = CSVReader(data: data)
    #expect(try reader.allRecords() == [["contact_id", "x"], ["1", "2"]])
    #expect(try reader.header().names == ["contact_id", "x"])
    #expect(try CSVReader(data: Data([0xEF, 0xBB, 0xBF])).allRecords().isEmpty)
  }

  @Test func readsOtherSeparators() throws {
    #expect(try records("a;b;\"c;d\"\n", .semicolon) == [["a", "b", "c;d"]])
    #expect(try records("a\tb\t c \n", .tab) == [["a", "b", " c "]])
    let pipe = try #require(CSVSeparator(name: "|"))
    #expect(try records("a|b,c|d\n", pipe) == [["a", "b,c", "d"]])
    #expect(try records("a b,c\n", .comma) == [["a b", "c"]])
  }

  @Test func splitsOnRunsOfBlanks() throws {
    let text = "  id   name\t\tscore  \n\n   \t \n1  \"Ann Lee\"   3.5\n\t2 Bob\t4 \r\n"
    #expect(
      try records(text, .whitespace) == [
        ["id", "name", "score"], ["1", "Ann Lee", "3.5"], ["2", "Bob", "4"],
      ])
    #expect(try lines(text, .whitespace) == [1, 4, 5])
  }

  @Test func keepsALoneCarriageReturnAsData() throws {
    #expect(try records("a\rb,c\n") == [["a\rb", "c"]])
  }

  @Test func growsBuffersForWideAndEscapedRecords() throws {
    let wide = (1...40).map { "f\($0)" }
    #expect(try records(wide.joined(separator: ",") + "\n") == [wide])

    let long = String(repeating: "x\"\"y", count: 300)
    let escaped = Array(repeating: "\"" + long + "\"", count: 3).joined(separator: ",")
    let expected = String(repeating: "x\"y", count: 300)
    #expect(try records(escaped) == [[expected, expected, expected]])
  }

  @Test func skipsTheHeaderWhenAsked() throws {
    var seen: [String] = []
    try CSVReader(text: "\nh1,h2\nv1,v2\n").forEachRecord(skippingHeader: true) { record in
      seen.append(try record.string(0) + "@\(record.line)")
    }
    #expect(seen == ["v1@3"])
  }

  @Test func recordGivesTrimmedValuesNumbersAndBools() throws {
    var checked = false
    let reader = CSVReader(text: " c1 , 12.5 ,YES,   ,\"  \"\n")
    try reader.forEachRecord { (record: CSVRecord) throws in
      #expect(record.count == 5)
      #expect(try record.string(0) == " c1 ")
      #expect(try record.value(0) == "c1")
      #expect(try record.value(3) == nil)
      #expect(record.decimal(1) == 12.5)
      #expect(record.bool(2) == true)
      #expect(record.bool(1) == nil)
      #expect(record.isEmpty(3))
      #expect(record.isEmpty(4))
      #expect(!record.isEmpty(0))
      #expect(record.isEmpty(9))
      #expect(record.bytes(-1).isEmpty)
      #expect(Array(record.trimmedBytes(1)) == Array("12.5".utf8))
      checked = true
    }
    #expect(checked)
  }

  @Test func reportsAnUnterminatedQuoteAtTheLineItStarts() {
    let text = "a,b\n1,\"open\n\nstill open\n"
    #expect(throws: CSVError.unterminatedQuote(line: 2, field: 2)) { try records(text) }
    #expect(
      CSVError.unterminatedQuote(line: 2, field: 2).description
        == "line 2, field 2: a quoted field starts here but is never closed; add the "
        + "closing quote (a quote inside a quoted field is written \"\")")
  }

  @Test func reportsAQuoteInsideAnUnquotedField() {
    #expect(throws: CSVError.quoteInUnquotedField(line: 3, field: 3)) {
      try records("a,b,c\n1,2,3\n4,5,6\" screen\n")
    }
    #expect(
      CSVError.quoteInUnquotedField(line: 3, field: 3).description
        == "line 3, field 3: a quote appears inside a field that does not start with one; "
        + "put the whole field in quotes and write the quote as \"\"")
  }

  @Test func reportsTextAfterAClosingQuote() {
    #expect(throws: CSVError.textAfterClosingQuote(line: 1, field: 2)) {
      try records("a,\"b\"c,d\n")
    }
    #expect(throws: CSVError.textAfterClosingQuote(line: 1, field: 1)) {
      try records("\"a\" \"b\"\n", .comma)
    }
    #expect(
      CSVError.textAfterClosingQuote(line: 1, field: 2).description
        == "line 1, field 2: text follows the closing quote of a quoted field; put the "
        + "whole field in quotes and write each quote inside it as \"\"")
  }

  @Test func reportsInvalidUTF8OnlyWhenTextIsAskedFor() throws {
    let data = Data(Array("id,name\n7,".utf8) + [0xC3, 0x28] + Array("\n".utf8))
    let reader = CSVReader(data: data)
    var byteCounts: [Int] = []
    try reader.forEachRecord { byteCounts.append($0.bytes(1).count) }
    #expect(byteCounts == [4, 2])
    #expect(throws: CSVError.invalidUTF8(line: 2, field: 2)) { try reader.allRecords() }
    #expect(
      CSVError.invalidUTF8(line: 2, field: 2).description
        == "line 2, field 2: the text is not valid UTF-8; save the file with UTF-8 encoding")
  }

  @Test func passesOnErrorsThrownByTheVisitor() {
    struct Stop: Error, Equatable {}
    var visited = 0
    #expect(throws: Stop()) {
      try CSVReader(text: "a\nb\nc\n").forEachRecord { _ in
        visited += 1
        if visited == 2 { throw Stop() }
      }
    }
    #expect(visited == 2)
  }

  @Test func readsFilesAndReportsMissingOnes() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("csv-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let file = folder.appendingPathComponent("profiles.csv")
    try Data("contact_id,tier\nc1,gold\n".utf8).write(to: file)
    let expected = [["contact_id", "tier"], ["c1", "gold"]]
    #expect(try CSVReader(contentsOf: file).allRecords() == expected)

    let missing = folder.appendingPathComponent("missing.csv")
    let error = CSVError.unreadableFile(path: missing.path, reason: "No such file or directory")
    #expect(throws: error) { try CSVReader(contentsOf: missing) }
    #expect(
      error.description == "cannot read \"\(missing.path)\": No such file or directory; "
        + "check that the file exists and is readable")

    let folderError = CSVError.unreadableFile(path: folder.path, reason: "Is a directory")
    #expect(throws: folderError) { try CSVReader(contentsOf: folder) }
  }

  @Test func separatorNamesRoundTrip() {
    for name in ["comma", "semicolon", "tab", "pipe", "whitespace", "#"] {
      #expect(CSVSeparator(name: name)?.name == name)
    }
    #expect(CSVSeparator(name: ",") == .comma)
    #expect(CSVSeparator(name: "\t") == .tab)
    #expect(CSVSeparator(name: "\"") == nil)
    #expect(CSVSeparator(name: "\n") == nil)
    #expect(CSVSeparator(name: ",,") == nil)
    #expect(CSVSeparator(name: "é") == nil)
    #expect(CSVSeparator(name: "") == nil)
  }
}
