import Foundation
import JourneyModel
import JourneySimulator
import TerminalKit

/// The simulation pane's step view: the selected step's arrivals, contacts there now,
/// departures by path and exits by reason.
struct StepCountsLines {
  /// The simulation.
  let simulation: SimulationState
  /// Its latest frame.
  let frame: SimulationFrame
  /// The open journey.
  let editor: EditorState
  /// The moment of drawing, for highlights.
  let now: Date
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// The lines.
  func lines() -> [[TextSpan]] {
    switch editor.selection {
    case .emptyPath(let parent, let label):
      return emptyPathLines(parent, label)
    case .step(let id):
      guard frame.context.journey.runsLike(editor.journey),
        let row = frame.report.steps.first(where: { $0.id == id })
      else { return [[TextSpan("The counts follow once the simulation restarted.", role: .muted)]] }
      return stepLines(row)
    }
  }

  private func stepLines(_ row: SimulationReport.StepRow) -> [[TextSpan]] {
    var lines: [[TextSpan]] = [[TextSpan(row.label, role: .title), TextSpan("  \(row.id)",
      role: .muted)]]
    lines.append(line("arrived", row.arrived, nil))
    if row.type == .stop {
      lines.append(line("completed here", row.arrived, .passed(row.id)))
    } else {
      lines.append(line("there now", row.present, .present(row.id)))
      for (index, count) in row.left.enumerated() {
        let name = count.name == "next" ? "moved on" : "took \(count.name)"
        lines.append(line(name, count.value, .path(row.id, index)))
      }
      for count in row.exited where count.value > 0 || count.name == "exit rule" {
        lines.append(line("left: \(count.name)", count.value, .exited(row.id)))
      }
    }
    lines.append([])
    if row.present > 0 {
      lines.append([TextSpan("F: follow one of the \(CountText.number(row.present)) here",
        role: .muted)])
    }
    lines.append([TextSpan("f: follow a contact by id", role: .muted)])
    return lines
  }

  private func emptyPathLines(_ parent: StepID, _ label: PathLabel) -> [[TextSpan]] {
    let step = editor.journey.step(parent)
    let index = step?.paths.firstIndex { $0.label == label }
    let row = frame.report.steps.first { $0.id == parent }
    guard let index, let row, row.left.indices.contains(index) else {
      return [[TextSpan("An empty path: nobody can take it.", role: .muted)]]
    }
    let count = row.left[index]
    return [
      [TextSpan("Path \(count.name) of \(parent) (empty)", role: .title)],
      line("took it (and completed)", count.value, .path(parent, index)),
    ]
  }

  private func line(_ name: String, _ value: Int, _ key: CountKey?) -> [TextSpan] {
    let role: Role = key.map { simulation.isHighlighted($0, at: now) } == true
      ? .changed : .simCount
    return [
      TextSpan(TextWidth.pad(name, to: 22)),
      TextSpan(TextWidth.pad(CountText.number(value), to: 10, alignment: .right), role: role),
    ]
  }
}
