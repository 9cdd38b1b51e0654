import TerminalKit

/// Draws a picker: a box with a filter line and the matching choices.
struct PickerView {
  /// The picker.
  let picker: Picker
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// Draws the picker centred in `area`.
  func draw(in area: Rect, on buffer: inout CellBuffer) {
    let matches = picker.matches
    let widest =
      matches.map { TextWidth.width(of: $0.label) + TextWidth.width(of: $0.detail) }
      .max() ?? 0
    let width = min(max(widest + 10, 40), area.width - 4, 76)
    let height = min(max(matches.count, 1) + 5, area.height - 2)
    let box = area.centered(Size(width: width, height: height))
    buffer.fill(box, role: .dialog)
    buffer.drawBox(box, style: ascii ? .ascii : .unicode, role: .focusBorder, title: picker.title)
    let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
    guard inner.height > 2 else { return }

    let (filterRow, rest) = inner.splitTop(2)
    picker.filter.draw(in: filterRow, on: &buffer)
    guard !matches.isEmpty else {
      let text =
        picker.allowsFreeText && !picker.filter.text.isEmpty
        ? "Enter takes \"\(picker.filter.text)\" as it is" : "Nothing matches."
      buffer.write(text, at: rest.origin, role: .muted, clip: rest)
      return
    }
    let first = Scrolling.offset(
      current: 0, selected: picker.selection, count: matches.count, height: rest.height)
    for line in 0..<min(rest.height, matches.count - first) {
      let index = first + line
      let row = Rect(x: rest.x, y: rest.y + line, width: rest.width, height: 1)
      let choice = matches[index]
      let detail = choice.detail.isEmpty ? [] : [TextSpan("  " + choice.detail, role: .muted)]
      let spans = ([TextSpan(choice.label, role: .dialog)] + detail).truncated(to: row.width)
      if index == picker.selection {
        buffer.fill(row, role: .selection)
        buffer.write(spans.map { TextSpan($0.text, role: .selection) }, at: row.origin, clip: row)
      } else {
        buffer.write(spans, at: row.origin, clip: row)
      }
    }
  }
}
