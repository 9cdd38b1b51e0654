import JourneyModel
import TerminalKit

/// Draws the problems pane: counts in the title, one line per problem with its marker and
/// the step it is on.
struct ProblemsView {
  /// The open journey.
  let editor: EditorState
  /// True when the pane has the focus.
  let focused: Bool
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// Draws the box into `rect`.
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    guard !rect.isEmpty else { return }
    let summary = ValidationSummary(editor.problems)
    buffer.drawBox(
      rect, style: ascii ? .ascii : .unicode,
      role: focused ? .focusBorder : .border, title: "3 Problems · \(summary)")
    let inner = Layout.inner(rect)
    guard !inner.isEmpty else { return }
    guard !editor.problems.isEmpty else {
      let ready: String
      switch editor.journey.status {
      case .draft: ready = "The journey is ready to publish."
      case .paused: ready = "The journey is ready to resume."
      case .active: ready = "The journey has no problems."
      }
      let text = (ascii ? "ok " : "✓ ") + ready
      buffer.write(text, at: inner.origin, role: .ok, clip: inner)
      return
    }

    let first = Scrolling.offset(
      current: editor.problemsOffset, selected: editor.problemIndex,
      count: editor.problems.count, height: inner.height)
    for line in 0..<min(inner.height, editor.problems.count - first) {
      let index = first + line
      let area = Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1)
      let spans = self.spans(editor.problems[index]).truncated(to: area.width)
      if focused, index == editor.problemIndex {
        buffer.fill(area, role: .selection)
        buffer.write(
          spans.map { TextSpan($0.text, role: .selection) }, at: area.origin,
          clip: area)
      } else {
        buffer.write(spans, at: area.origin, clip: area)
      }
    }
  }

  /// One problem's line: marker, where, sentence.
  func spans(_ problem: Problem) -> [TextSpan] {
    let marker = ProblemMarker.symbol(problem.severity, ascii: ascii)
    let place = problem.stepID ?? "journey"
    return [
      TextSpan(marker + " ", role: ProblemMarker.role(problem.severity)),
      TextSpan(place + ": ", role: .muted),
      TextSpan(problem.message),
    ]
  }
}
