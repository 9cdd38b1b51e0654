import TerminalKit

/// Draws the simulation setup form as a box in the middle of the screen.
struct SetupFormView {
  /// The form.
  let form: SetupForm
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// The hint under the fields.
  static let hint =
    "Times: 1997-01-01 or 1997-01-01T09:00:00Z; a date alone is midnight in the "
    + "workspace's zone (an end date means the end of that day). Schedules: manual, "
    + "every N hours, daily at HH:MM, weekly on DAY at HH:MM, real-time."

  /// Draws the form centred in `area`.
  func draw(in area: Rect, on buffer: inout CellBuffer) {
    let width = min(76, area.width - 2)
    let inner = width - 4
    let hint = TextWidth.wrap(SetupFormView.hint, to: inner)
    let error = form.error.map { TextWidth.wrap($0, to: inner) } ?? []
    let height = min(area.height, 11 + hint.count + error.count)
    let box = area.centered(Size(width: width, height: height))
    buffer.fill(box, role: .dialog)
    buffer.drawBox(
      box, style: ascii ? .ascii : .unicode, role: .focusBorder,
      title: "Simulate \"\(form.journeyName)\"")
    let content = box.inset(top: 2, left: 2, bottom: 1, right: 2)

    var y = content.y
    for row in SetupForm.Row.allCases where row.rawValue < SetupForm.Row.start.rawValue {
      drawLine(row, at: y, in: content, on: &buffer)
      y += 1
    }
    y += 1
    for line in hint where y < content.maxY - 1 {
      buffer.write(line, at: Point(x: content.x, y: y), role: .muted, clip: content)
      y += 1
    }
    for line in error where y < content.maxY - 1 {
      buffer.write(line, at: Point(x: content.x, y: y), role: .error, clip: content)
      y += 1
    }
    drawButtons(in: Rect(x: box.x + 1, y: box.maxY - 2, width: box.width - 2, height: 1),
      on: &buffer)
  }

  private func drawLine(
    _ row: SetupForm.Row, at y: Int, in content: Rect, on buffer: inout CellBuffer
  ) {
    let selected = form.row == row
    let label = TextWidth.pad(row.label, to: 13)
    buffer.write(
      label, at: Point(x: content.x, y: y), role: selected ? .selection : .dialog, clip: content)
    let field = Rect(x: content.x + 13, y: y, width: content.width - 13, height: 1)
    if let text = form.field(row) {
      text.draw(in: field, on: &buffer, focused: selected)
      return
    }
    let choice = form.skipBadRows
      ? "skip them, counted (Space: stop at the first)"
      : "stop at the first (Space: skip them)"
    buffer.write(choice, at: field.origin, role: .inputField, clip: field)
  }

  private func drawButtons(in row: Rect, on buffer: inout CellBuffer) {
    let labels = ["[ Start ]", "[ Cancel ]"]
    let total = labels.reduce(0) { $0 + TextWidth.width(of: $1) } + 1
    var x = row.x + max((row.width - total) / 2, 0)
    for (label, button) in zip(labels, [SetupForm.Row.start, .cancel]) {
      let role: Role = form.row == button ? .selection : .dialog
      x = buffer.write(label, at: Point(x: x, y: row.y), role: role, clip: row) + 1
    }
  }
}
