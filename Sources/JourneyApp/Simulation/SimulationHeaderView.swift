import Foundation
import JourneySimulator
import TerminalKit

/// Draws the two lines above the canvas during a simulation: where it stands (playing or
/// paused, speed, simulated clock, run number, next run) and the journey's totals (entered,
/// completed, exited by reason, in the journey, activations per destination).
struct SimulationHeaderView {
  /// The simulation.
  let simulation: SimulationState
  /// The moment of drawing, for highlights and the loading time.
  let now: Date
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// Draws both lines into `rect` (two rows).
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    buffer.fill(rect)
    let (first, second) = rect.splitTop(1)
    buffer.write(
      statusSpans().truncated(to: first.width - 1), at: Point(x: first.x + 1, y: first.y),
      clip: first)
    let width = second.width - 1
    let totals = [totalSpans(), totalSpans(details: false)].first { $0.width <= width }
      ?? totalSpans(details: false)
    buffer.write(
      totals.truncated(to: width), at: Point(x: second.x + 1, y: second.y), clip: second)
  }

  /// The first line.
  func statusSpans() -> [TextSpan] {
    switch simulation.phase {
    case .loading(let folder, let bytes, let since):
      let seconds = max(Int(now.timeIntervalSince(since)), 0)
      let spinner = (ascii ? ["|", "/", "-", "\\"] : ["◐", "◓", "◑", "◒"])[seconds % 4]
      return [
        TextSpan("\(spinner) reading the data in \(folder)", role: .simActive),
        TextSpan(" (\(SimulationHeaderView.size(bytes))) · \(seconds) s", role: .muted),
      ]
    case .preparing:
      return [TextSpan((ascii ? "... " : "◌ ") + "getting ready", role: .simActive)]
    case .failed(let reason):
      return [TextSpan((ascii ? "x " : "✗ ") + "stopped: \(reason)", role: .error)]
    case .ready:
      guard let frame = simulation.frame else { return [] }
      return runningSpans(frame)
    }
  }

  private func runningSpans(_ frame: SimulationFrame) -> [TextSpan] {
    let report = frame.report
    let zone = frame.context.zone
    var spans: [TextSpan]
    if frame.isFinished {
      spans = [TextSpan((ascii ? "[] " : "■ ") + "over", role: .simActive)]
    } else if simulation.playing {
      spans = [TextSpan((ascii ? "> " : "▶ ") + "playing", role: .simActive),
        TextSpan(" at \(simulation.speed.text)", role: .muted)]
    } else {
      spans = [TextSpan((ascii ? "|| " : "❚❚ ") + "paused", role: .simActive)]
    }
    let clock = report.clock.map { SimulationTime.short($0, in: zone) } ?? "not started"
    spans.append(TextSpan(" · "))
    spans.append(TextSpan(clock, role: .simCount))
    let planned = report.plannedRuns.map { " of \(CountText.number($0))" } ?? ""
    spans.append(TextSpan(" · run "))
    spans.append(TextSpan(CountText.number(report.runs) + planned, role: highlight("runs")))
    if let next = frame.nextRun {
      spans.append(TextSpan(" · next " + SimulationTime.short(next, in: zone), role: .muted))
    }
    spans.append(TextSpan(" · \(report.schedule) · \(zone.identifier)", role: .muted))
    if let comparing = simulation.comparing {
      spans.append(TextSpan(" · comparing: \(comparing)", role: .simActive))
    }
    return spans
  }

  /// The second line; without `details`, the exits by reason, the contacts inside and
  /// those refused are left out so the activations fit a narrow screen.
  func totalSpans(details: Bool = true) -> [TextSpan] {
    guard case .ready = simulation.phase, let report = simulation.frame?.report else {
      return [TextSpan(hint, role: .muted)]
    }
    var spans = [TextSpan("entered "), number(report.entered, "entered")]
    spans += [TextSpan(" · completed "), number(report.completed, "completed")]
    spans += [TextSpan(" · exited "), number(report.exitedTotal, "exited")]
    let reasons = report.exited.filter { $0.value > 0 }
    if details, !reasons.isEmpty {
      let text = reasons.map { "\($0.name) \(CountText.number($0.value))" }
        .joined(separator: ", ")
      spans.append(TextSpan(" (\(text))", role: .muted))
    }
    if details { spans += [TextSpan(" · inside "), number(report.inside, "inside")] }
    if details, report.refused > 0 {
      spans.append(TextSpan(" · refused \(CountText.number(report.refused))", role: .muted))
    }
    spans.append(TextSpan(ascii ? " | " : " │ ", role: .muted))
    for (index, count) in report.activations.enumerated() {
      spans.append(TextSpan((index == 0 ? "" : " · ") + "\(count.name) "))
      spans.append(number(count.value, "activations \(count.name)"))
    }
    return spans
  }

  private var hint: String {
    "Space plays, . runs once, g runs to a date, f follows a contact, Esc leaves"
  }

  private func number(_ value: Int, _ name: String) -> TextSpan {
    TextSpan(CountText.number(value), role: highlight(name))
  }

  private func highlight(_ name: String) -> Role {
    simulation.isHighlighted(.total(name), at: now) ? .changed : .simCount
  }

  /// "487 MB", "12 KB".
  static func size(_ bytes: Int64) -> String {
    if bytes >= 1_000_000 { return "\(bytes / 1_000_000) MB" }
    if bytes >= 1_000 { return "\(bytes / 1_000) KB" }
    return "\(bytes) bytes"
  }
}
