import TerminalKit

/// The screen shown when the terminal is below the minimum size.
enum TooSmallView {
  /// Draws the message centred in a screen of `size`; with unsaved changes it asks for a
  /// larger terminal instead of offering to quit, since quitting would drop them.
  static func draw(size: Size, unsaved: Bool, on buffer: inout CellBuffer) {
    let minimum = Layout.minimum
    let lines = [
      "Terminal too small: \(size.width)x\(size.height).",
      "Journeys needs at least \(minimum.width)x\(minimum.height).",
      unsaved ? "Enlarge it to save your changes." : "Enlarge it, or press q to quit.",
    ]
    let top = max((size.height - lines.count) / 2, 0)
    for (index, line) in lines.enumerated() {
      let text = TextWidth.truncate(line, to: size.width)
      let x = max((size.width - TextWidth.width(of: text)) / 2, 0)
      buffer.write(text, at: Point(x: x, y: top + index), role: index == 0 ? .warning : .normal)
    }
  }
}
