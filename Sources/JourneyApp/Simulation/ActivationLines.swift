import JourneySimulator
import TerminalKit

/// The simulation pane's activations view: per destination a bar of its total and a small
/// chart of its activations over the simulated span, then the log of the latest runs that
/// did something, newest first, the last run's activations by contact included.
struct ActivationLines {
  /// The latest frame.
  let frame: SimulationFrame
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// The lines for a pane `width` columns wide.
  func lines(width: Int) -> [[TextSpan]] {
    var lines = chart(width: width)
    lines.append([])
    lines += log()
    return lines
  }

  private func chart(width: Int) -> [[TextSpan]] {
    let series = frame.series
    guard !series.destinations.isEmpty else {
      return [[TextSpan("The journey activates no destination.", role: .muted)]]
    }
    let names = series.destinations
    let nameWidth = min(max(names.map { TextWidth.width(of: $0) }.max() ?? 4, 4), 12)
    let totals = names.map { name in
      frame.report.activations.first { $0.name == name }?.value ?? 0
    }
    let columns = max(width - nameWidth - 10, 8)
    let buckets = series.columns(columns)
    let highest = max(buckets.joined().max() ?? 0, 1)
    let most = max(totals.max() ?? 0, 1)
    var lines: [[TextSpan]] = [[TextSpan("Activations over time", role: .title),
      TextSpan("  " + SimulationTime.day(series.from, in: frame.context.zone) + " to "
        + SimulationTime.day(series.to, in: frame.context.zone), role: .muted)]]
    for (index, name) in names.enumerated() {
      let bars = buckets[index].map { bar($0, of: highest) }.joined()
      lines.append([
        TextSpan(TextWidth.pad(name, to: nameWidth) + " "),
        TextSpan(bars, role: .simActive),
        TextSpan(TextWidth.pad(CountText.number(totals[index]), to: 9, alignment: .right),
          role: .simCount),
      ])
    }
    lines.append([])
    lines.append([TextSpan("Totals", role: .title)])
    for (index, name) in names.enumerated() {
      let length = totals[index] * columns / most
      lines.append([
        TextSpan(TextWidth.pad(name, to: nameWidth) + " "),
        TextSpan(String(repeating: ascii ? "#" : "█", count: length), role: .simActive),
        TextSpan(" " + CountText.number(totals[index]), role: .simCount),
      ])
    }
    return lines
  }

  /// One column of the chart: a block as high as `value` is of `highest`, blank for zero.
  private func bar(_ value: Int, of highest: Int) -> String {
    guard value > 0 else { return ascii ? "." : " " }
    let levels = ascii ? [".", "-", "=", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let level = min((value * levels.count - 1) / highest, levels.count - 1)
    return levels[max(level, 0)]
  }

  private func log() -> [[TextSpan]] {
    var lines: [[TextSpan]] = [[TextSpan("Log", role: .title)]]
    let zone = frame.context.zone
    if let last = frame.lastRun {
      let when = SimulationTime.short(last.runAt, in: zone)
      lines.append([TextSpan("last run \(last.number) at \(when): ", role: .muted),
        TextSpan(summary(last), role: last.isQuiet ? .muted : .normal)])
      for sample in last.samples { lines.append([TextSpan("  " + sample, role: .muted)]) }
      let more = last.activationTotal - last.samples.count
      if more > 0 { lines.append([TextSpan("  … and \(CountText.number(more)) more",
        role: .muted)]) }
    } else {
      lines.append([TextSpan("No run yet: Space plays, . runs once.", role: .muted)])
    }
    for entry in frame.log.reversed() where entry.number != frame.lastRun?.number {
      let when = SimulationTime.short(entry.runAt, in: zone)
      lines.append([TextSpan("run \(entry.number) at \(when): ", role: .muted),
        TextSpan(summary(entry))])
    }
    return lines
  }

  /// "+12 entered, 3 completed, 1 exited (exit rule), email 5".
  func summary(_ run: RunSummary) -> String {
    guard !run.isQuiet else { return "nothing to do" }
    var parts: [String] = []
    if run.entered > 0 { parts.append("\(CountText.number(run.entered)) entered") }
    if run.completed > 0 { parts.append("\(CountText.number(run.completed)) completed") }
    for count in run.exited { parts.append("\(CountText.number(count.value)) \(count.name)") }
    if run.refused > 0 { parts.append("\(CountText.number(run.refused)) refused") }
    for count in run.activations {
      parts.append("\(count.name) \(CountText.number(count.value))")
    }
    return parts.joined(separator: ", ")
  }
}
