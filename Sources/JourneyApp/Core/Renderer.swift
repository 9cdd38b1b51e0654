import Foundation
import JourneyModel
import TerminalKit

/// Draws the whole application state into a cell buffer: header, the screen's panes, the
/// status line, the footer, and any overlay on top.
struct Renderer {
  /// What to draw.
  let state: AppState
  /// The keys in use, for the footer and help.
  let bindings: KeyBindings
  /// The moment of drawing, for the highlights of a simulation.
  var now = Date()

  /// The screen as cells.
  func draw() -> CellBuffer {
    var buffer = CellBuffer(size: state.size)
    let layout = Layout(state)
    guard !layout.isTooSmall else {
      TooSmallView.draw(size: state.size, unsaved: state.editor?.isDirty ?? false, on: &buffer)
      return buffer
    }

    let ascii = state.display.ascii
    if state.screen == .editor, let editor = state.editor {
      drawEditorHeader(editor, in: layout.header, on: &buffer)
      let crumb = Breadcrumb.text(editor, width: layout.breadcrumb.width - 1, ascii: ascii)
      buffer.write(
        " " + crumb, at: layout.breadcrumb.origin, role: .breadcrumb,
        clip: layout.breadcrumb)
      var canvas = CanvasView(editor: editor, focused: state.focus == .canvas, ascii: ascii)
      canvas.overlay = state.simulation.flatMap {
        CanvasOverlay($0, journey: editor.journey, now: now)
      }
      canvas.draw(in: layout.canvas, on: &buffer)
      if let simulation = state.simulation {
        SimulationHeaderView(simulation: simulation, now: now, ascii: ascii)
          .draw(in: layout.simulationHeader, on: &buffer)
      }
      if let simulation = state.simulation, state.focus != .inspector {
        SimulationPanelView(simulation: simulation, editor: editor, now: now, ascii: ascii)
          .draw(in: layout.inspector, on: &buffer)
      } else {
        InspectorView(state: state).draw(in: layout.inspector, on: &buffer)
      }
      ProblemsView(editor: editor, focused: state.focus == .problems, ascii: ascii)
        .draw(in: layout.problems, on: &buffer)
    } else if state.screen == .history, let history = state.history {
      buffer.fill(layout.header, role: .header)
      buffer.write(
        " Journeys › \(history.journeyName) › Run history", at: layout.header.origin,
        role: .header, clip: layout.header)
      HistoryView(history: history, ascii: ascii).draw(in: layout.list, on: &buffer)
    } else {
      drawListHeader(in: layout.header, on: &buffer)
      JourneyListView(list: state.list, ascii: ascii).draw(in: layout.list, on: &buffer)
    }

    StatusView(state: state).draw(in: layout.status, on: &buffer)
    FooterHints.footer(state, bindings).draw(in: layout.footer, on: &buffer)
    drawOverlay(in: layout.screen, on: &buffer)
    return buffer
  }

  private func drawListHeader(in rect: Rect, on buffer: inout CellBuffer) {
    buffer.fill(rect, role: .header)
    let count = state.list.entries.count
    let folder = state.list.entries.first?.url.deletingLastPathComponent()
      .deletingLastPathComponent().lastPathComponent
    let left = " Journeys" + (folder.map { " · \($0)" } ?? "")
    let right = "\(count == 1 ? "1 journey" : "\(count) journeys") "
    buffer.write(
      right, at: Point(x: rect.maxX - TextWidth.width(of: right), y: rect.y),
      role: .header, clip: rect)
    buffer.write(
      TextWidth.truncate(left, to: rect.width - right.count - 1), at: rect.origin,
      role: .header, clip: rect)
  }

  private func drawEditorHeader(_ editor: EditorState, in rect: Rect, on buffer: inout CellBuffer) {
    buffer.fill(rect, role: .header)
    let journey = editor.journey
    let ascii = state.display.ascii
    let summary = ValidationSummary(editor.problems)
    var right: [TextSpan] = []
    if editor.isDirty {
      right.append(TextSpan((ascii ? "* " : "● ") + "unsaved  ", role: .dirty))
    }
    right.append(
      TextSpan(
        summary.isClean ? (ascii ? "ok " : "✓ valid ") : "\(summary) ", role: .header))
    let status =
      " · \(journey.status.title) · v\(journey.version)"
      + (EditPolicy.refusal(for: journey) == nil ? "" : " · read-only")
      + (state.simulation == nil ? "" : " · simulation")
    let left = [
      TextSpan(" Journeys › \(journey.name)", role: .header),
      TextSpan(status, role: .header),
    ]
    let rightWidth = right.width
    buffer.write(right, at: Point(x: rect.maxX - rightWidth, y: rect.y), clip: rect)
    buffer.write(
      left.truncated(to: max(rect.width - rightWidth - 1, 0)), at: rect.origin,
      clip: rect)
  }

  private func drawOverlay(in screen: Rect, on buffer: inout CellBuffer) {
    let style: BoxStyle = state.display.ascii ? .ascii : .unicode
    switch state.mode {
    case .normal, .prompt:
      return
    case .dialog(let dialog):
      dialog.dialog.draw(in: screen, on: &buffer, style: style)
    case .picker(let picker):
      PickerView(picker: picker, ascii: state.display.ascii).draw(in: screen, on: &buffer)
    case .help(let help):
      HelpView(help: help, state: state, bindings: bindings).draw(in: screen, on: &buffer)
    case .simulationSetup(let form):
      SetupFormView(form: form, ascii: state.display.ascii).draw(in: screen, on: &buffer)
    }
  }
}
