import Testing

@testable import TerminalKit

@Suite struct DialogTests {
  @Test func drawsCentredWithButtons() {
    let dialog = Dialog(
      title: "Delete step", lines: ["Delete \"Wait 3 days\"?"], buttons: ["Delete", "Cancel"],
      selectedButton: 1)
    var buffer = CellBuffer(size: Size(width: 30, height: 7))
    dialog.draw(in: buffer.bounds, on: &buffer)
    let expected = [
      "",
      "  ┌ Delete step ──────────┐",
      "  │ Delete \"Wait 3 days\"? │",
      "  │                       │",
      "  │ [ Delete ] [ Cancel ] │",
      "  └───────────────────────┘",
      "",
    ].joined(separator: "\n")
    #expect(buffer.text() == expected)
  }

  @Test func longTextWrapsAndButtonsHighlight() {
    let dialog = Dialog(
      title: "Publish", lines: ["Publishing makes the journey live for all contacts."],
      buttons: ["Publish", "Cancel"], maxWidth: 24)
    var buffer = CellBuffer(size: Size(width: 26, height: 8))
    dialog.draw(in: buffer.bounds, on: &buffer, style: .ascii)
    let expected = [
      " + Publish -------------+",
      " | Publishing makes the |",
      " | journey live for all |",
      " | contacts.            |",
      " |                      |",
      " |[ Publish ] [ Cancel ]|",
      " +----------------------+",
      "",
    ].joined(separator: "\n")
    #expect(buffer.text() == expected)
    #expect(dialog.frame(in: buffer.bounds) == Rect(x: 1, y: 0, width: 24, height: 7))
    #expect(buffer.cell(at: Point(x: 3, y: 5))?.role == .selection)
    #expect(buffer.cell(at: Point(x: 15, y: 5))?.role == .dialog)
    #expect(buffer.cell(at: Point(x: 1, y: 0))?.role == .focusBorder)
  }

  @Test func keysMoveChooseAndCancel() {
    var dialog = Dialog(
      title: "Quit", lines: ["Unsaved changes."], buttons: ["Save", "Discard", "Cancel"])
    var outcomes = [dialog.handle(.right)]
    #expect(dialog.selectedButton == 1)
    outcomes += [dialog.handle(.tab), dialog.handle(.tab)]
    #expect(dialog.selectedButton == 0)
    outcomes += [dialog.handle(.left)]
    #expect(dialog.selectedButton == 2)
    #expect(outcomes == [nil, nil, nil, nil])
    let chosen = [
      dialog.handle(.enter), dialog.handle(.character("d")), dialog.handle(.character("x")),
      dialog.handle(.escape), dialog.handle(.character(" ")),
    ]
    #expect(chosen == [.chosen(2), .chosen(1), nil, .cancelled, .chosen(2)])
  }
}
