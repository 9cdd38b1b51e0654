import Foundation
import Testing

@testable import TextFormats

@Suite struct JSONLinesReaderTests {
  private func records(_ text: String) throws(JSONLinesError) -> [JSONLinesRecord] {
    try JSONLinesReader(text: text).allRecords()
  }

  private func failure(_ line: String) -> JSONLinesError? {
    do {
      _ = try records(line)
      return nil
    } catch {
      return error
    }
  }

  @Test func flattensValuesToTrimmedText() throws {
    let text = #"{"id": " c1 ", "n": 1.50, "e": -2E+3, "ok": true, "no": false, "x": null, "#
      + #""blank": "  ", "z": 0}"#
    let record = try #require(try records(text).first)
    #expect(record.line == 1)
    #expect(record.keys == ["id", "n", "e", "ok", "no", "x", "blank", "z"])
    #expect(record.values == ["c1", "1.50", "-2E+3", "true", "false", nil, nil, "0"])
    #expect(record.value("id") == "c1")
    #expect(record.value("x") == nil)
    #expect(record.contains("x"))
    #expect(!record.contains("y"))
    #expect(record.value("y") == nil)
  }

  @Test func skipsBlankLinesAndKeepsLineNumbers() throws {
    let text = "\u{FEFF}\n{\"a\": 1}\r\n   \n\t\r\n{\"a\": 2}\n\n{\"b\": 3}"
    let read = try records(text)
    #expect(read.map(\.line) == [2, 5, 7])
    #expect(read.map { $0.value("a") } == ["1", "2", nil])
    #expect(read[2].value("b") == "3")
    #expect(try records("").isEmpty)
    #expect(try records("{}") == [JSONLinesRecord(line: 1, keys: [], values: [])])
  }

  @Test func keepsNestedValuesAsJSONText() throws {
    let record = try #require(
      try records(#"{"tags": ["a", "b" ], "meta": {"x": {"y": [1, 2.5e1, null]}}}"#).first)
    #expect(record.value("tags") == #"["a", "b" ]"#)
    #expect(record.value("meta") == #"{"x": {"y": [1, 2.5e1, null]}}"#)
  }

  @Test func resolvesEscapes() throws {
    let line = #"{"q\"k": "say \"hi\"", "nl": "one\ntwo", "e": "\u00e9\/", "s": "\ud83d\ude00"}"#
    let record = try #require(try records(line).first)
    #expect(record.keys == ["q\"k", "nl", "e", "s"])
    #expect(record.values == ["say \"hi\"", "one\ntwo", "é/", "😀"])
  }

  @Test func reusedKeysStillReadEachLine() throws {
    let text = "{\"a\": 1, \"b\": 2}\n{\"a\": 3, \"c\": 4}\n{\"c\": 5, \"a\": 6}\n"
    let read = try records(text)
    #expect(read.map(\.keys) == [["a", "b"], ["a", "c"], ["c", "a"]])
    #expect(read.map(\.values) == [["1", "2"], ["3", "4"], ["5", "6"]])
  }

  @Test func reportsLinesThatAreNotObjects() {
    #expect(failure("{\"a\": 1}\n[1, 2]") == .notAnObject(line: 2, found: "an array"))
    #expect(failure("\"text\"") == .notAnObject(line: 1, found: "a string"))
    #expect(failure("-4") == .notAnObject(line: 1, found: "a number"))
    #expect(failure("true") == .notAnObject(line: 1, found: "a boolean"))
    #expect(failure("null") == .notAnObject(line: 1, found: "null"))
    #expect(
      JSONLinesError.notAnObject(line: 2, found: "an array").description
        == "line 2: found an array where an object was expected; each line must hold one "
        + "JSON object, such as {\"contact_id\": \"c1\"}")
  }

  @Test(arguments: [
    (#"{"a": 1,}"#, 9, "expected a key in double quotes"),
    (#"{"a" 1}"#, 6, "expected \":\" after the key"),
    (#"{"a": 01}"#, 8, "expected \",\" or \"}\" after a value"),
    (#"{"a": tru}"#, 10, "expected a value"),
    (#"{"a": "x}"#, 7, "a string is not closed; add the closing double quote"),
    (#"{"a": 1} x"#, 10, "unexpected text after the object"),
    (#"{"a": "\q"}"#, 8, "invalid escape in a string"),
    (#"{"a": "\ud83d"}"#, 8, #"a \u escape holds half of a surrogate pair"#),
    (#"{"a": -}"#, 7, "invalid number"),
    (#"{"a": 1.}"#, 7, "invalid number"),
    (#"{"a": 1e}"#, 7, "invalid number"),
    (#"{"é": x}"#, 7, "expected a value (a string, number, true, false, null, array or object)"),
    (#"{"a": [1 2]}"#, 10, "expected \",\" or \"]\""),
    ("{\"a\": \"x\ty\"}", 9, "a control character appears inside a string; write it as an escape"),
    ("{\"a\": 1", 8, "expected \",\" or \"}\" after a value"),
    ("x", 1, "expected a JSON object starting with \"{\""),
  ])
  func reportsSyntaxErrorsWithColumns(line: String, column: Int, reason: String) {
    #expect(failure(line) == .invalidJSON(line: 1, column: column, reason: reason))
  }

  @Test func syntaxErrorMessageSaysWhatToDo() {
    #expect(
      JSONLinesError.invalidJSON(line: 3, column: 9, reason: "invalid number").description
        == "line 3, column 9: invalid number; each line must hold one JSON object, such as "
        + "{\"contact_id\": \"c1\"}")
  }

  @Test func reportsDuplicateKeys() {
    let error = JSONLinesError.duplicateKey(line: 1, key: "id")
    #expect(failure(#"{"id": 1, "x": 2, "id": 3}"#) == error)
    #expect(error.description == "line 1: the key \"id\" appears twice; keep only one of them")
  }

  @Test func reportsInvalidUTF8() {
    let data = Data(Array("{\"a\": 1}\n{\"a\": \"".utf8) + [0xFF] + Array("\"}\n".utf8))
    #expect(throws: JSONLinesError.invalidUTF8(line: 2)) {
      try JSONLinesReader(data: data).allRecords()
    }
    #expect(
      JSONLinesError.invalidUTF8(line: 2).description
        == "line 2: the text is not valid UTF-8; save the file with UTF-8 encoding")
  }

  @Test func limitsNestingDepth() {
    let deep = "{\"a\": " + String(repeating: "[", count: 101) + String(repeating: "]", count: 101)
      + "}"
    #expect(
      failure(deep)
        == .invalidJSON(
          line: 1, column: 107,
          reason: "arrays and objects are nested more than 100 levels deep"))
    let fine = "{\"a\": " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
      + "}"
    #expect(failure(fine) == nil)
  }

  @Test func passesOnVisitorErrorsAndReadsFiles() throws {
    struct Stop: Error, Equatable {}
    var seen = 0
    #expect(throws: Stop()) {
      try JSONLinesReader(text: "{}\n{}\n{}\n").forEachRecord { _ in
        seen += 1
        if seen == 2 { throw Stop() }
      }
    }
    #expect(seen == 2)

    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("jsonl-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("events.jsonl")
    try Data("{\"contact_id\": \"c9\"}\n".utf8).write(to: file)
    let read = try JSONLinesReader(contentsOf: file).allRecords()
    #expect(read.map { $0.value("contact_id") } == ["c9"])

    let missing = folder.appendingPathComponent("nope.jsonl")
    let error = JSONLinesError.unreadableFile(
      path: missing.path, reason: "No such file or directory")
    #expect(throws: error) { try JSONLinesReader(contentsOf: missing) }
  }
}
