import Testing

@testable import TerminalKit

@Suite struct TextWrapTests {
  @Test func wrapsAtSpacesAndCutsLongWords() {
    #expect(TextWidth.wrap("one two three", to: 7) == ["one two", "three"])
    #expect(TextWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWidth.wrap("a\n\nb", to: 5) == ["a", "", "b"])
    #expect(TextWidth.wrap("日本語の文", to: 4) == ["日本", "語の", "文"])
    #expect(TextWidth.wrap("", to: 4) == [""])
    #expect(TextWidth.wrap("x", to: 0) == [])
  }

  @Test func spansTruncateAcrossRoles() {
    let spans = [TextSpan("abc", role: .keyHint), TextSpan("defg", role: .keyLabel)]
    #expect(spans.width == 7)
    #expect(spans.truncated(to: 7) == spans)
    #expect(
      spans.truncated(to: 5)
        == [TextSpan("abc", role: .keyHint), TextSpan("d…", role: .keyLabel)])
    #expect(spans.truncated(to: 3) == [TextSpan("ab…", role: .keyHint)])
  }
}
