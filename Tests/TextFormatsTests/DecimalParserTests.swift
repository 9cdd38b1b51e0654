import Testing

@testable import TextFormats

@Suite struct DecimalParserTests {
  @Test(arguments: [
    ("-12.5", -12.5), ("1e3", 1000.0), ("  42\t", 42.0), ("+7", 7.0), ("0", 0.0),
    (".5", 0.5), ("5.", 5.0), ("2.5E-3", 0.0025), ("1e+2", 100.0), ("\r\n-0.125\n", -0.125),
    ("123456789012345678901234567890", 1.2345678901234568e29), ("0.1", 0.1),
    ("3.141592653589793238462643383279", 3.141592653589793), ("1e-400", 0.0),
    ("9007199254740993", 9_007_199_254_740_992.0), ("000123.4500", 123.45),
  ])
  func acceptsDecimals(text: String, expected: Double) {
    #expect(DecimalParser.parse(text) == expected)
    #expect(ValueText.decimal(text) == expected)
  }

  @Test(arguments: [
    "", "   ", "-", "+", ".", "e3", "1e", "1e+", "1,5", "1 000", "12a", "0x1F", "inf", "nan",
    "--1", "1.2.3", "1e400", "- 1", "½",
  ])
  func rejectsTextThatIsNotADecimal(text: String) {
    #expect(DecimalParser.parse(text) == nil)
  }

  @Test func readsBytesWithoutCopying() {
    let bytes: [UInt8] = Array(" 99.75 ".utf8)
    let value = bytes.withUnsafeBytes { DecimalParser.parse($0) }
    #expect(value == 99.75)
  }
}

@Suite struct ValueTextTests {
  @Test(arguments: [
    ("true", true), ("FALSE", false), ("Yes", true), ("no", false), ("NO", false),
    ("1", true), ("0", false), (" TrUe \r\n", true), ("\tyES", true),
  ])
  func acceptsBools(text: String, expected: Bool) {
    #expect(ValueText.bool(text) == expected)
  }

  @Test(arguments: ["", " ", "y", "n", "t", "f", "2", "01", "truee", "on", "off", "tru e"])
  func rejectsTextThatIsNotABool(text: String) {
    #expect(ValueText.bool(text) == nil)
  }

  @Test func trimsSpacesTabsAndLineBreaksOnly() {
    #expect(ValueText.trimmed(" \t converted \r\n") == "converted")
    #expect(ValueText.trimmed("a b") == "a b")
    #expect(ValueText.trimmed("\u{00A0}x\u{00A0}") == "\u{00A0}x\u{00A0}")
    #expect(ValueText.trimmed("") == nil)
    #expect(ValueText.trimmed(" \t\r\n ") == nil)
  }

  @Test func trimsBytesAndSaysWhenMissing() {
    let bytes: [UInt8] = Array("  gold \n".utf8)
    bytes.withUnsafeBytes { raw in
      #expect(Array(ValueText.trimmed(raw)) == Array("gold".utf8))
      #expect(!ValueText.isMissing(raw))
    }
    let blank: [UInt8] = Array(" \t\r\n".utf8)
    blank.withUnsafeBytes { raw in
      #expect(ValueText.trimmed(raw).isEmpty)
      #expect(ValueText.isMissing(raw))
    }
  }

  @Test func validatesUTF8WithAnASCIIFastPath() {
    let cases: [([UInt8], String?)] = [
      (Array("plain ascii text".utf8), "plain ascii text"),
      (Array("twelve bytes é".utf8), "twelve bytes é"),
      (Array("é".utf8), "é"),
      ([], ""),
      (Array("0123456789".utf8) + [0xC3, 0x28], nil),
      ([0xFF], nil),
      (Array("abcdefgh".utf8) + [0xE2, 0x82], nil),
    ]
    for (bytes, expected) in cases {
      #expect(bytes.withUnsafeBytes { ValueText.string(validating: $0) } == expected)
    }
  }
}
