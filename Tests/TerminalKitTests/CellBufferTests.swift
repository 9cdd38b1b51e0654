import Testing

@testable import TerminalKit

@Suite struct CellBufferTests {
  @Test func writeAndReadBackARow() {
    var buffer = CellBuffer(size: Size(width: 10, height: 2))
    let end = buffer.write("Start", at: Point(x: 2, y: 1), role: .stepStart)
    #expect(end == 7)
    #expect(buffer.rowText(0) == "          ")
    #expect(buffer.rowText(1) == "  Start   ")
    #expect(buffer.cell(at: Point(x: 2, y: 1)) == Cell("S", role: .stepStart))
    #expect(buffer.cell(at: Point(x: 10, y: 1)) == nil)
  }

  @Test func writeClipsToTheBufferAndReturnsTheUnclippedEnd() {
    var buffer = CellBuffer(size: Size(width: 6, height: 1))
    let end = buffer.write("abcdefgh", at: Point(x: 3, y: 0))
    #expect(end == 11)
    #expect(buffer.rowText(0) == "   abc")
    buffer.write("xyz", at: Point(x: -2, y: 0))
    #expect(buffer.rowText(0) == "z  abc")
    buffer.write("hidden", at: Point(x: 0, y: 1))
    #expect(buffer.text() == "z  abc")
  }

  @Test func writeClipsToARect() {
    var buffer = CellBuffer(size: Size(width: 8, height: 3))
    let clip = Rect(x: 2, y: 1, width: 3, height: 1)
    buffer.write("abcdef", at: Point(x: 1, y: 1), clip: clip)
    buffer.write("nope", at: Point(x: 2, y: 2), clip: clip)
    #expect(buffer.text() == "\n  bcd\n")
  }

  @Test func wideCharactersTakeTwoCells() {
    var buffer = CellBuffer(size: Size(width: 6, height: 1))
    buffer.write("日本", at: Point(x: 1, y: 0), role: .title)
    #expect(buffer.rowText(0) == " 日本 ")
    #expect(buffer.cell(at: Point(x: 1, y: 0))?.width == 2)
    #expect(buffer.cell(at: Point(x: 2, y: 0)) == .continuation(role: .title, attributes: []))
  }

  @Test func wideCharacterCutByTheEdgeLeavesASpace() {
    var buffer = CellBuffer(size: Size(width: 5, height: 1), filledWith: Cell("."))
    buffer.write("ab日", at: Point(x: 2, y: 0))
    #expect(buffer.rowText(0) == "..ab ")
    buffer.write("日x", at: Point(x: -1, y: 0))
    #expect(buffer.rowText(0) == " xab ")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var buffer = CellBuffer(size: Size(width: 6, height: 1))
    buffer.write("日本語", at: .zero)
    buffer.write("x", at: Point(x: 1, y: 0))
    #expect(buffer.rowText(0) == " x本語")
    buffer.write("y", at: Point(x: 2, y: 0))
    #expect(buffer.rowText(0) == " xy 語")
    buffer.write("漢", at: Point(x: 3, y: 0))
    #expect(buffer.rowText(0) == " xy漢 ")
  }

  @Test func controlCharactersAreSkippedAndCombiningMarksStay() {
    var buffer = CellBuffer(size: Size(width: 6, height: 1))
    buffer.write("a\tb\ne\u{301}", at: .zero)
    #expect(buffer.rowText(0) == "abé   ")
  }

  @Test func spansAreWrittenOneAfterAnother() {
    var buffer = CellBuffer(size: Size(width: 12, height: 1))
    let end = buffer.write(
      [TextSpan("✗", role: .error), TextSpan(" Wait 3d", role: .stepWait)], at: .zero)
    #expect(end == 9)
    #expect(buffer.rowText(0) == "✗ Wait 3d   ")
    #expect(buffer.cell(at: .zero)?.role == .error)
    #expect(buffer.cell(at: Point(x: 2, y: 0))?.role == .stepWait)
  }

  @Test func fillAndClear() {
    var buffer = CellBuffer(size: Size(width: 5, height: 3))
    buffer.fill(Rect(x: 1, y: 1, width: 3, height: 5), with: "#", role: .dialog)
    #expect(buffer.text() == "\n ###\n ###")
    #expect(buffer.cell(at: Point(x: 2, y: 2))?.role == .dialog)
    buffer.cursor = Point(x: 1, y: 1)
    buffer.clear()
    #expect(buffer.text() == "\n\n")
    #expect(buffer.cursor == nil)
  }

  @Test func unicodeBoxWithTitle() {
    var buffer = CellBuffer(size: Size(width: 14, height: 4))
    buffer.drawBox(buffer.bounds, title: "Steps")
    let expected = """
      ┌ Steps ─────┐
      │            │
      │            │
      └────────────┘
      """
    #expect(buffer.text() == expected)
    #expect(buffer.cell(at: Point(x: 2, y: 0))?.role == .title)
    #expect(buffer.cell(at: Point(x: 0, y: 1))?.role == .border)
  }

  @Test func asciiBoxWithLongTitleIsTruncated() {
    var buffer = CellBuffer(size: Size(width: 12, height: 3))
    buffer.drawBox(
      Rect(x: 1, y: 0, width: 10, height: 3), style: .ascii, role: .focusBorder,
      title: "Welcome series")
    let expected = """
       + Welco… +
       |        |
       +--------+
      """
    #expect(buffer.text() == expected)
  }

  @Test func separatorJoinsTheBoxSides() {
    var buffer = CellBuffer(size: Size(width: 6, height: 4))
    buffer.drawBox(buffer.bounds)
    buffer.drawSeparator(in: buffer.bounds, row: 2)
    #expect(buffer.text() == "┌────┐\n│    │\n├────┤\n└────┘")
  }

  @Test func tinyBoxesAreNotDrawn() {
    var buffer = CellBuffer(size: Size(width: 3, height: 3))
    buffer.drawBox(Rect(x: 0, y: 0, width: 1, height: 3))
    #expect(buffer.text() == "\n\n")
  }

  @Test func setPlacesASingleCell() {
    var buffer = CellBuffer(size: Size(width: 3, height: 1))
    buffer.set(Cell("→", role: .branchLabel, attributes: .bold), at: Point(x: 1, y: 0))
    #expect(buffer.rowText(0) == " → ")
    #expect(buffer.cell(at: Point(x: 1, y: 0))?.attributes == .bold)
  }
}
