import Testing

@testable import TerminalKit

@Suite struct TextWidthTests {
  @Test func asciiIsOneColumnEach() {
    #expect(TextWidth.width(of: "hello, world") == 12)
    #expect(TextWidth.width(of: Character("a")) == 1)
    #expect(TextWidth.width(of: "") == 0)
  }

  @Test func cjkAndFullwidthAreTwoColumns() {
    #expect(TextWidth.width(of: "日本語") == 6)
    #expect(TextWidth.width(of: Character("한")) == 2)
    #expect(TextWidth.width(of: Character("Ａ")) == 2)
    #expect(TextWidth.width(of: "a日b") == 4)
  }

  @Test func emojiAreTwoColumns() {
    #expect(TextWidth.width(of: Character("👍")) == 2)
    #expect(TextWidth.width(of: Character("😀")) == 2)
    #expect(TextWidth.width(of: Character("👍🏽")) == 2)
    #expect(TextWidth.width(of: "ok 👍") == 5)
  }

  @Test func combiningMarksAreZeroColumns() {
    #expect(TextWidth.width(of: Unicode.Scalar(0x301)!) == 0)
    #expect(TextWidth.width(of: "e\u{301}") == 1)
    #expect(TextWidth.width(of: "Cafe\u{301} ") == 5)
    #expect(TextWidth.width(of: Unicode.Scalar(0x200B)!) == 0)
  }

  @Test func controlCharactersAreZeroColumns() {
    #expect(TextWidth.width(of: "a\tb\n") == 2)
    #expect(TextWidth.width(of: Unicode.Scalar(0x1B)!) == 0)
    #expect(TextWidth.width(of: Unicode.Scalar(0x85)!) == 0)
  }

  @Test func arrowsAndBoxDrawingAreOneColumn() {
    #expect(TextWidth.width(of: "→─┌✗") == 4)
  }

  @Test func truncateAddsEllipsisOnlyWhenCutting() {
    #expect(TextWidth.truncate("Welcome email", to: 20) == "Welcome email")
    #expect(TextWidth.truncate("Welcome email", to: 13) == "Welcome email")
    #expect(TextWidth.truncate("Welcome email", to: 8) == "Welcome…")
    #expect(TextWidth.truncate("Welcome email", to: 1) == "…")
    #expect(TextWidth.truncate("Welcome email", to: 0) == "")
    #expect(TextWidth.truncate("Welcome email", to: 6, ellipsis: "...") == "Wel...")
  }

  @Test func truncateNeverCutsAWideCharacter() {
    #expect(TextWidth.truncate("日本語テキスト", to: 6) == "日本…")
    #expect(TextWidth.truncate("日本語テキスト", to: 7) == "日本語…")
    #expect(TextWidth.width(of: TextWidth.truncate("日本語テキスト", to: 6)) == 5)
  }

  @Test func padFillsWithSpacesToExactWidth() {
    #expect(TextWidth.pad("ab", to: 5) == "ab   ")
    #expect(TextWidth.pad("ab", to: 5, alignment: .right) == "   ab")
    #expect(TextWidth.pad("ab", to: 5, alignment: .center) == " ab  ")
    #expect(TextWidth.pad("abcdef", to: 4) == "abcd")
    #expect(TextWidth.pad("ab", to: -1) == "")
  }

  @Test func padReplacesAHalfCutWideCharacterWithASpace() {
    #expect(TextWidth.pad("日本", to: 3) == "日 ")
    #expect(TextWidth.pad("a日", to: 2) == "a ")
    #expect(TextWidth.pad("é日", to: 4) == "é日 ")
  }

  @Test func fitTruncatesThenPads() {
    #expect(TextWidth.fit("Segment by country", to: 10) == "Segment b…")
    #expect(TextWidth.fit("日本語", to: 5) == "日本…")
    #expect(TextWidth.fit("日本語", to: 4) == "日… ")
    #expect(TextWidth.fit("ok", to: 4, alignment: .right) == "  ok")
  }

  @Test func tableRangesAreSortedAndDisjoint() {
    for table in [TextWidthTable.zeroWidth, TextWidthTable.doubleWidth] {
      #expect(table.count % 2 == 0)
      for pair in stride(from: 0, to: table.count, by: 2) {
        #expect(table[pair] <= table[pair + 1])
        if pair + 2 < table.count {
          #expect(table[pair + 1] < table[pair + 2])
        }
      }
    }
  }
}
