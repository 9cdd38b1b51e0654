import Foundation
import JourneyStore
import TerminalKit

/// Draws the run history: a table of runs, newest first, simulated runs marked, and the
/// step counts of the run opened with Enter below it.
struct HistoryView {
  /// The width from which the finish time and the simulated clock get columns.
  static let wideWidth = 100

  /// The history shown.
  let history: HistoryState
  /// Draws ASCII instead of Unicode.
  let ascii: Bool

  /// Draws the table (and the step counts, when open) into `rect`.
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    var table = rect
    if let run = history.detail {
      let (bottom, top) = rect.splitBottom(max(rect.height / 2, 6))
      table = top
      drawDetail(run, in: bottom, on: &buffer)
    }
    let style: BoxStyle = ascii ? .ascii : .unicode
    let simulated = history.runs.filter { $0.runType == .simulated }.count
    let title = "Runs of \(history.journeyName) · \(history.runs.count) shown, "
      + "\(simulated) simulated"
    buffer.drawBox(table, style: style, role: .focusBorder, title: title)
    let inner = Layout.inner(table)
    guard inner.height > 1 else { return }

    let wide = inner.width >= HistoryView.wideWidth
    buffer.write(
      TextWidth.truncate(header(wide: wide), to: inner.width), at: inner.origin, role: .title,
      clip: inner)
    let body = inner.splitTop(1).rest
    if let message = emptyMessage() {
      buffer.write(message, at: body.origin, role: history.error == nil ? .muted : .error,
        clip: body)
      return
    }
    let first = Scrolling.offset(
      current: history.offset, selected: history.selection, count: history.runs.count,
      height: body.height)
    for line in 0..<min(body.height, history.runs.count - first) {
      let index = first + line
      let area = Rect(x: body.x, y: body.y + line, width: body.width, height: 1)
      let text = TextWidth.pad(row(history.runs[index], wide: wide), to: area.width)
      let selected = index == history.selection
      buffer.write(
        text, at: area.origin, role: selected ? .selection : rowRole(history.runs[index]),
        clip: area)
    }
  }

  /// The status line: where the highlighted run is, and what Enter does.
  static func status(_ history: HistoryState) -> String {
    guard !history.runs.isEmpty else { return "no runs" }
    let limit = history.runs.count >= HistoryLoader.limit ? " (the newest)" : ""
    let enter = history.detail == nil ? "Enter shows its step counts" : "Enter hides them"
    return "run \(history.selection + 1) of \(history.runs.count)\(limit) · \(enter)"
  }

  private func emptyMessage() -> String? {
    if let error = history.error { return error }
    if history.loading { return "reading the run history…" }
    guard history.runs.isEmpty else { return nil }
    return "no runs recorded for this journey yet: simulate it (S on the canvas) or run it "
      + "with journey run"
  }

  private func rowRole(_ run: RunRecord) -> Role {
    if case .fail = run.status { return .error }
    return run.runType == .simulated ? .muted : .normal
  }

  /// The column titles.
  func header(wide: Bool) -> String {
    var text = "  " + pad("Started (UTC)", 16)
    if wide { text += " " + pad("Finished", 8) }
    text += " " + pad("Status", 7) + " " + pad("Type", 9) + " " + pad("Ver", 4)
    if wide { text += " " + pad("Run at (UTC)", 16) }
    return text + " " + right("Entered", 7) + " " + right("Exited", 6) + " "
      + right("Completed", 9) + " Activations"
  }

  /// One run's line.
  func row(_ run: RunRecord, wide: Bool) -> String {
    let marker = run.runType == .simulated ? (ascii ? "s " : "◇ ") : "  "
    var text = marker + pad(TimeText.minute(seconds(run.startedAt)), 16)
    if wide { text += " " + pad(clock(run.finishedAt), 8) }
    text += " " + pad(status(run.status), 7) + " " + pad(run.runType.rawValue, 9) + " "
      + pad("v\(run.journeyVersion)", 4)
    if wide { text += " " + pad(run.runAt.map { TimeText.minute(seconds($0)) } ?? "-", 16) }
    return text + " " + right(number(run.entered), 7) + " " + right(number(run.exited), 6)
      + " " + right(number(run.completed), 9) + " " + activations(run)
  }

  private func drawDetail(_ run: RunRecord, in rect: Rect, on buffer: inout CellBuffer) {
    let style: BoxStyle = ascii ? .ascii : .unicode
    let when = run.runAt.map { " at " + TimeText.minute(seconds($0)) } ?? ""
    buffer.drawBox(
      rect, style: style, role: .border,
      title: "Run \(run.id ?? 0) · \(run.runType.rawValue)\(when) · contacts on each step")
    let inner = Layout.inner(rect)
    let exits = run.exitedByReason.keys.sorted().map { "\($0) \(run.exitedByReason[$0] ?? 0)" }
    var lines = [
      "entered \(number(run.entered)) · completed \(number(run.completed)) · exited: "
        + (exits.isEmpty ? "none" : exits.joined(separator: ", ")) + " · activations: "
        + activations(run)
    ]
    let width = max(history.stepOrder.map { TextWidth.width(of: $0) }.max() ?? 4, 4)
    for step in history.stepOrder {
      lines.append(pad(step, width) + "  " + right(number(run.contactsOnStep[step] ?? 0), 9))
    }
    let unknown = run.contactsOnStep.keys.filter { !history.stepOrder.contains($0) }.sorted()
    for step in unknown {
      lines.append(pad(step, width) + "  " + right(number(run.contactsOnStep[step] ?? 0), 9)
        + "  (not in the journey now)")
    }
    for (offset, line) in lines.prefix(inner.height).enumerated() {
      buffer.write(line, at: Point(x: inner.x, y: inner.y + offset), clip: inner)
    }
  }

  private func status(_ status: RunRecord.Status) -> String {
    if case .fail = status { return "fail" }
    return "success"
  }

  private func activations(_ run: RunRecord) -> String {
    let names = run.activationsByDestination.keys.sorted()
    guard !names.isEmpty else { return "-" }
    return names.map { "\($0) \(run.activationsByDestination[$0] ?? 0)" }
      .joined(separator: ", ")
  }

  private func seconds(_ date: Date) -> Int64 {
    Int64(date.timeIntervalSince1970.rounded(.down))
  }

  private func clock(_ date: Date) -> String {
    String(TimeText.minute(seconds(date)).suffix(5))
  }

  private func pad(_ text: String, _ width: Int) -> String {
    TextWidth.pad(text, to: width)
  }

  private func right(_ text: String, _ width: Int) -> String {
    TextWidth.pad(text, to: width, alignment: .right)
  }

  private func number(_ value: Int) -> String {
    CountText.number(value)
  }
}
