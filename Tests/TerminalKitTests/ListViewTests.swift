import Testing

@testable import TerminalKit

@Suite struct ListViewTests {
  static func list(_ count: Int) -> ListView {
    ListView(rows: (1...count).map { ListView.Row("Row \($0)") })
  }

  @Test func drawsVisibleRowsWithTheSelection() {
    var list = Self.list(5)
    list.select(1, visibleRows: 3)
    var buffer = CellBuffer(size: Size(width: 8, height: 3))
    list.draw(in: buffer.bounds, on: &buffer)
    #expect(buffer.text() == "Row 1\nRow 2\nRow 3")
    #expect(buffer.cell(at: Point(x: 7, y: 1))?.role == .selection)
    #expect(buffer.cell(at: Point(x: 0, y: 0))?.role == .normal)
  }

  @Test func movingPastTheBottomScrollsByOne() {
    var list = Self.list(6)
    list.moveSelection(by: 3, visibleRows: 3)
    #expect(list.selection == 3)
    #expect(list.offset == 1)
    list.moveSelection(by: -1, visibleRows: 3)
    #expect(list.offset == 1)
    list.moveSelection(by: -2, visibleRows: 3)
    #expect(list.selection == 0)
    #expect(list.offset == 0)
  }

  @Test func pagingAndEndsClamp() {
    var list = Self.list(10)
    list.pageDown(visibleRows: 4)
    #expect(list.selection == 4)
    list.selectLast(visibleRows: 4)
    #expect(list.selection == 9)
    #expect(list.offset == 6)
    list.pageDown(visibleRows: 4)
    #expect(list.selection == 9)
    list.pageUp(visibleRows: 4)
    #expect(list.selection == 5)
    #expect(list.offset == 5)
    list.selectFirst(visibleRows: 4)
    #expect(list.selection == 0)
    #expect(list.offset == 0)
  }

  @Test func offsetFollowsAResize() {
    var list = Self.list(10)
    list.selectLast(visibleRows: 3)
    #expect(list.visibleOffset(height: 3) == 7)
    #expect(list.visibleOffset(height: 8) == 2)
    #expect(list.visibleOffset(height: 20) == 0)
    var buffer = CellBuffer(size: Size(width: 7, height: 2))
    list.draw(in: buffer.bounds, on: &buffer, focused: false)
    #expect(buffer.text() == "Row 9\nRow 10")
    #expect(buffer.cell(at: Point(x: 0, y: 1)) == Cell("R", role: .muted, attributes: .reverse))
  }

  @Test func shrinkingRowsKeepsTheSelectionValid() {
    var list = Self.list(5)
    list.selectLast(visibleRows: 5)
    list.rows = [ListView.Row("only")]
    #expect(list.selection == 0)
    list.rows = []
    #expect(list.selection == nil)
  }

  @Test func emptyListShowsItsText() {
    let list = ListView(rows: [], emptyText: "No journeys yet")
    var buffer = CellBuffer(size: Size(width: 10, height: 2))
    list.draw(in: buffer.bounds, on: &buffer)
    #expect(buffer.text() == "No journe…\n")
    #expect(buffer.cell(at: .zero)?.role == .muted)
  }

  @Test func wideRowsEndInAnEllipsisAndSpansKeepRoles() {
    let row = ListView.Row(spans: [
      TextSpan("✗ ", role: .error), TextSpan("Send welcome email", role: .stepActivate),
    ])
    let list = ListView(rows: [ListView.Row("a"), row], selection: 0)
    var buffer = CellBuffer(size: Size(width: 12, height: 2))
    list.draw(in: Rect(x: 1, y: 0, width: 10, height: 2), on: &buffer)
    #expect(buffer.text() == " a\n ✗ Send we…")
    #expect(buffer.cell(at: Point(x: 1, y: 1))?.role == .error)
    #expect(buffer.cell(at: Point(x: 4, y: 1))?.role == .stepActivate)
    #expect(buffer.cell(at: Point(x: 11, y: 1)) == .blank)
  }

  @Test func clickMapsToARow() {
    var list = Self.list(10)
    list.selectLast(visibleRows: 4)
    let rect = Rect(x: 2, y: 5, width: 10, height: 4)
    #expect(list.rowIndex(at: Point(x: 3, y: 5), in: rect) == 6)
    #expect(list.rowIndex(at: Point(x: 3, y: 8), in: rect) == 9)
    #expect(list.rowIndex(at: Point(x: 1, y: 5), in: rect) == nil)
  }
}
