import Foundation
import JourneyModel
import TerminalKit

/// Draws the simulation pane (in the inspector's place while the inspector does not have
/// the focus): the selected step's counts, the followed contact's path, activations and
/// the run log, or the comparison, as lines that scroll with `<` and `>`.
struct SimulationPanelView {
  /// The simulation.
  let simulation: SimulationState
  /// The open journey and its selection.
  let editor: EditorState
  /// The moment of drawing, for highlights.
  let now: Date
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// Draws the box and its lines into `rect`.
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    let style: BoxStyle = ascii ? .ascii : .unicode
    buffer.drawBox(
      rect, style: style, role: .border, title: "2 Simulation · \(simulation.view.title) (v)")
    let inner = Layout.inner(rect)
    guard !inner.isEmpty else { return }
    let all = lines(width: inner.width).flatMap { SpanWrap.wrap($0, width: inner.width) }
    let first = min(simulation.panelOffset, max(all.count - inner.height, 0))
    for (index, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
      let row = Rect(x: inner.x, y: inner.y + index, width: inner.width, height: 1)
      buffer.write(line.truncated(to: row.width), at: row.origin, clip: row)
    }
  }

  /// The pane's lines for a width of `width` columns.
  func lines(width: Int) -> [[TextSpan]] {
    guard let frame = simulation.frame, case .ready = simulation.phase else {
      return [[TextSpan(waiting, role: .muted)]]
    }
    switch simulation.view {
    case .step:
      return StepCountsLines(
        simulation: simulation, frame: frame, editor: editor, now: now, ascii: ascii).lines()
    case .contact:
      return TraceLines(simulation: simulation, frame: frame, editor: editor).lines()
    case .activations:
      return ActivationLines(frame: frame, ascii: ascii).lines(width: width)
    case .compare:
      return CompareView(simulation: simulation, editor: editor).lines()
    }
  }

  private var waiting: String {
    switch simulation.phase {
    case .failed(let reason): return "The simulation stopped: \(reason)"
    case .loading: return "Reading the data…"
    default: return "Getting ready…"
    }
  }
}
