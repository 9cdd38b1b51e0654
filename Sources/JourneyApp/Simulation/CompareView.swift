import JourneyModel
import JourneySimulator
import TerminalKit

/// The simulation pane's comparison view: the journey's totals, then every step's arrivals
/// in the saved version and in the draft, with the change; the canvas shows the same per
/// step while this view is open.
struct CompareView {
  /// The simulation.
  let simulation: SimulationState
  /// The open journey, for step names.
  let editor: EditorState

  /// The lines.
  func lines() -> [[TextSpan]] {
    let zone = SimulationTime.zone(named: simulation.frame?.report.zone ?? "UTC")
    guard let (comparison, label) = simulation.comparison else {
      let doing = simulation.comparing.map { "Comparing: \($0)…" }
        ?? "C compares the saved version with the draft on the same data."
      return [[TextSpan(doing, role: .muted)]]
    }
    var lines: [[TextSpan]] = [
      [TextSpan("The \(label) against the draft", role: .title)],
      [TextSpan("over the whole span, to "
        + SimulationTime.minute(comparison.draft.to, in: zone), role: .muted)],
      [TextSpan(CompareView.row("", "saved", "draft", "change"), role: .muted)],
    ]
    for total in comparison.totals {
      lines.append(line(total.name, total.saved, total.draft))
    }
    lines.append([])
    lines.append([TextSpan("Arrivals per step", role: .title)])
    for step in comparison.steps {
      let name = self.name(step)
      guard let saved = step.saved, let draft = step.draft else {
        let text = step.draft == nil ? "removed" : "new"
        let value = step.draft?.arrived ?? step.saved?.arrived ?? 0
        lines.append([TextSpan(CompareView.row(name, step.saved == nil ? "-" : number(value),
          step.draft == nil ? "-" : number(value), text), role: .changed)])
        continue
      }
      lines.append(line(name, saved.arrived, draft.arrived))
    }
    return lines
  }

  /// One sentence on what the change does: "entered +0, completed -12, email -340".
  static func summary(_ comparison: ReportComparison) -> String {
    let changed = comparison.totals.filter { $0.change != 0 }
    guard !changed.isEmpty else { return "no total changes" }
    return changed.map { "\($0.name.replacingOccurrences(of: "activations ", with: "")) "
      + CountText.change($0.change) }.joined(separator: ", ")
  }

  private func line(_ name: String, _ saved: Int, _ draft: Int) -> [TextSpan] {
    let change = draft - saved
    return [TextSpan(CompareView.row(name, number(saved), number(draft), CountText.change(change)),
      role: change == 0 ? .normal : .changed)]
  }

  /// A table row: a name in 24 columns, then three counts in 9 columns each.
  static func row(_ name: String, _ saved: String, _ draft: String, _ change: String) -> String {
    TextWidth.pad(name, to: 24) + [saved, draft, change].map {
      TextWidth.pad($0, to: 9, alignment: .right)
    }.joined()
  }

  private func name(_ delta: ReportComparison.StepDelta) -> String {
    if let step = editor.journey.step(delta.id) {
      return step.name.isEmpty ? StepSummary.text(of: step) : step.name
    }
    return delta.saved?.label ?? delta.id
  }

  private func number(_ value: Int) -> String {
    CountText.number(value)
  }
}
