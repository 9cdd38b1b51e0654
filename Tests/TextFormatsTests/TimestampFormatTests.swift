import Testing

@testable import TextFormats

@Suite struct TimestampFormatTests {
  @Test func namesRoundTrip() throws {
    #expect(try TimestampFormat(name: "iso8601") == .iso8601)
    #expect(try TimestampFormat(name: "yyyymmdd") == .compactDate)
    #expect(try TimestampFormat(name: "epoch") == .epochSeconds)
    #expect(try TimestampFormat(name: "DD/MM/YYYY") == .pattern("DD/MM/YYYY"))
    #expect(try TimestampFormat(name: "YYYYMMDD") == .pattern("YYYYMMDD"))
    #expect(try TimestampFormat(name: "yyyy-MM-dd HH") == .pattern("yyyy-MM-dd HH"))
    for format in [TimestampFormat.iso8601, .compactDate, .epochSeconds, .pattern("DD.MM.YYYY")] {
      #expect(try TimestampFormat(name: format.name) == format)
    }
    #expect(TimestampFormat.compactDate.description == "yyyymmdd")
  }

  @Test func rejectsUnknownNames() {
    #expect(throws: TimestampFormatError.unknownFormat("iso")) {
      try TimestampFormat(name: "iso")
    }
    #expect(throws: TimestampFormatError.unknownFormat("")) { try TimestampFormat(name: "") }
    #expect(
      TimestampFormatError.unknownFormat("iso").description
        == "unknown timestamp format \"iso\"; use \"iso8601\", \"yyyymmdd\", \"epoch\" or a "
        + "pattern built from YYYY, MM, DD, HH, mm and ss such as \"DD/MM/YYYY HH:mm\"")
  }

  @Test func rejectsIncompletePatterns() {
    let missing = TimestampFormatError.missingTokens(pattern: "MM/YYYY", tokens: ["DD"])
    #expect(throws: missing) { try TimestampFormat(name: "MM/YYYY") }
    #expect(
      missing.description
        == "timestamp pattern \"MM/YYYY\" lacks DD; a pattern needs YYYY, MM and DD "
        + "(for example \"DD/MM/YYYY\")")
    let allMissing = TimestampFormatError.missingTokens(
      pattern: "HH:mm", tokens: ["YYYY", "MM", "DD"])
    #expect(throws: allMissing) { try TimestampFormat(name: "HH:mm") }
  }

  @Test func rejectsRepeatedTokens() {
    let error = TimestampFormatError.repeatedToken(pattern: "DD/MM/YYYY DD", token: "DD")
    #expect(throws: error) { try TimestampFormat(name: "DD/MM/YYYY DD") }
    #expect(
      error.description == "timestamp pattern \"DD/MM/YYYY DD\" has DD twice; use each token once")
  }

  @Test func rejectsTimesWithHoles() {
    let error = TimestampFormatError.incompleteTime(pattern: "YYYY-MM-DD mm")
    #expect(throws: error) { try TimestampFormat(name: "YYYY-MM-DD mm") }
    #expect(throws: TimestampFormatError.incompleteTime(pattern: "YYYY-MM-DD HH ss")) {
      try TimestampFormat(name: "YYYY-MM-DD HH ss")
    }
    #expect(
      error.description
        == "timestamp pattern \"YYYY-MM-DD mm\" has minutes without hours or seconds without "
        + "minutes; write the time as HH, HH:mm or HH:mm:ss")
  }
}
