import Testing

@testable import TerminalKit

@Suite struct FooterTests {
  let hints = [
    KeyHint(key: "q", label: "quit"), KeyHint(key: "↑↓", label: "move"),
    KeyHint(key: "e", label: "edit"), KeyHint(key: "/", label: "search"),
  ]
  let help = [KeyHint(key: "?", label: "help")]

  func render(width: Int, trailing: [KeyHint]) -> CellBuffer {
    var buffer = CellBuffer(size: Size(width: width, height: 1))
    Footer(hints: hints, trailing: trailing).draw(in: buffer.bounds, on: &buffer)
    return buffer
  }

  @Test func allHintsFit() {
    let buffer = render(width: 41, trailing: help)
    #expect(buffer.rowText(0) == "q quit  ↑↓ move  e edit  / search  ? help")
    #expect(buffer.cell(at: .zero)?.role == .keyHint)
    #expect(buffer.cell(at: Point(x: 2, y: 0))?.role == .keyLabel)
    #expect(buffer.cell(at: Point(x: 35, y: 0))?.role == .keyHint)
  }

  @Test func narrowFooterDropsHintsAndKeepsHelp() {
    #expect(render(width: 30, trailing: help).rowText(0) == "q quit  ↑↓ move  …      ? help")
    #expect(render(width: 18, trailing: help).rowText(0) == "q quit  …   ? help")
    #expect(render(width: 12, trailing: help).rowText(0) == "q q…  ? help")
    #expect(render(width: 6, trailing: help).rowText(0) == "? help")
    #expect(render(width: 4, trailing: help).rowText(0) == "q q…")
    #expect(render(width: 26, trailing: []).rowText(0) == "q quit  ↑↓ move  e edit  …")
  }
}
