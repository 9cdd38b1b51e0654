import JourneyModel
import TerminalKit

/// Draws the status line: the open prompt, else the flash message or where the selection is.
struct StatusView {
  /// The application state.
  let state: AppState

  /// Draws the line into `rect`.
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    if case .prompt(let prompt) = state.mode {
      buffer.fill(rect)
      let x = buffer.write(prompt.label, at: rect.origin, role: .keyHint, clip: rect)
      let field = Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1)
      prompt.field.draw(in: field, on: &buffer)
      return
    }
    StatusLine(left: left(), message: state.flash, ascii: state.display.ascii)
      .draw(in: rect, on: &buffer)
  }

  private func left() -> [TextSpan] {
    if state.screen == .history, let history = state.history {
      return [TextSpan(HistoryView.status(history), role: .muted)]
    }
    guard state.screen == .editor, let editor = state.editor else {
      if let reason = state.list.selected?.unreadableReason {
        return [TextSpan(reason, role: .error)]
      }
      let filter = state.list.filter.isEmpty ? "" : " · filter \"\(state.list.filter)\""
      return [TextSpan("sorted by \(state.list.sort.rawValue)\(filter)", role: .muted)]
    }
    let row = "row \(editor.selectedRow + 1) of \(editor.rows.count)"
    let id = editor.selection.stepID.map { " · \($0)" } ?? ""
    let search = state.search.map { " · search \"\($0.query)\"" } ?? ""
    let clip = state.clipboard.map { " · \($0.steps.count) cut" } ?? ""
    return [TextSpan(row + id + search + clip, role: .muted)]
  }
}
