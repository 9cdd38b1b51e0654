import Testing

@testable import NcursesBackend
@testable import TerminalKit

@Suite struct CursesKeyDecoderTests {
  @Test func controlCodesInRawMode() {
    #expect(CursesKeyDecoder.character(3) == .key(.ctrl("c")))
    #expect(CursesKeyDecoder.character(26) == .key(.ctrl("z")))
    #expect(CursesKeyDecoder.character(1) == .key(.ctrl("a")))
    #expect(CursesKeyDecoder.character(9) == .key(.tab))
    #expect(CursesKeyDecoder.character(10) == .key(.enter))
    #expect(CursesKeyDecoder.character(13) == .key(.enter))
    #expect(CursesKeyDecoder.character(127) == .key(.backspace))
    #expect(CursesKeyDecoder.character(8) == .key(.backspace))
    #expect(CursesKeyDecoder.character(27) == .key(.escape))
    #expect(CursesKeyDecoder.character(0) == .unknown(0))
    #expect(CursesKeyDecoder.character(28) == .unknown(28))
  }

  @Test func printableCharacters() {
    #expect(CursesKeyDecoder.character(0x71) == .key(.character("q")))
    #expect(CursesKeyDecoder.character(0x20) == .key(.character(" ")))
    #expect(CursesKeyDecoder.character(0x65E5) == .key(.character("日")))
    #expect(CursesKeyDecoder.character(0x301) == .unknown(0x301))
    #expect(CursesKeyDecoder.character(0xD800) == .unknown(0xD800))
  }
}
