import JourneyModel
import TerminalKit

/// Draws the journeys list: a table of name, status, mode, last updated and problems.
struct JourneyListView {
  /// The list to draw.
  let list: JourneyListState
  /// Draws ASCII markers instead of Unicode ones.
  let ascii: Bool

  private struct Columns {
    let name: Int
    let status: Int
    let mode: Int
    let updated: Int
    let problems: Int
    let longDates: Bool
  }

  /// Draws the header row and the visible entries into `rect`.
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    guard !rect.isEmpty else { return }
    let columns = columns(width: rect.width - 2)
    let (head, body) = rect.splitTop(1)
    buffer.write(headerSpans(columns), at: head.origin.offset(dx: 1), clip: head)

    guard !list.visible.isEmpty else {
      let text =
        list.filter.isEmpty
        ? "No journeys yet: press a to create one."
        : "No journey matches \"\(list.filter)\": press Esc to clear the filter."
      buffer.write(text, at: body.origin.offset(dx: 1), role: .muted, clip: body)
      return
    }
    let first = Scrolling.offset(
      current: list.offset, selected: list.selection, count: list.visible.count,
      height: body.height)
    for line in 0..<min(body.height, list.visible.count - first) {
      let index = first + line
      let row = Rect(x: body.x, y: body.y + line, width: body.width, height: 1)
      draw(
        list.visible[index], columns, in: row, selected: index == list.selection,
        on: &buffer)
    }
  }

  private func columns(width: Int) -> Columns {
    let wide = width >= 96
    let status = 7
    let mode = wide ? 26 : 18
    let updated = wide ? 16 : 10
    let problems = 10
    let gaps = 8
    let name = max(width - status - mode - updated - problems - gaps, 8)
    return Columns(
      name: name, status: status, mode: mode, updated: updated, problems: problems,
      longDates: wide)
  }

  private func headerSpans(_ columns: Columns) -> [TextSpan] {
    let arrow = ascii ? " v" : " ▾"
    let title = { (text: String, sort: JourneySort?, width: Int) -> TextSpan in
      let label = text + (sort == list.sort ? arrow : "")
      return TextSpan(TextWidth.fit(label, to: width) + "  ", role: .title)
    }
    return [
      title("NAME", .name, columns.name), title("STATUS", .status, columns.status),
      title("MODE", nil, columns.mode), title("UPDATED", .updated, columns.updated),
      TextSpan("PROBLEMS", role: .title),
    ]
  }

  private func draw(
    _ entry: JourneyEntry, _ columns: Columns, in row: Rect, selected: Bool,
    on buffer: inout CellBuffer
  ) {
    let spans = self.spans(entry, columns)
    let origin = row.origin.offset(dx: 1)
    guard selected else {
      buffer.write(spans, at: origin, clip: row)
      return
    }
    buffer.fill(row, role: .selection)
    buffer.write(spans.map { TextSpan($0.text, role: .selection) }, at: origin, clip: row)
  }

  private func spans(_ entry: JourneyEntry, _ columns: Columns) -> [TextSpan] {
    let cell = { (text: String, width: Int) in TextWidth.fit(text, to: width) + "  " }
    guard case .journey(let journey, let summary) = entry.content else {
      let marker = ProblemMarker.symbol(.error, ascii: ascii)
      return [
        TextSpan(cell(entry.url.lastPathComponent, columns.name)),
        TextSpan("\(marker) cannot be read: \(entry.unreadableReason ?? "")", role: .error),
      ]
    }
    let updated =
      columns.longDates
      ? TimeText.minute(journey.updatedAt) : TimeText.day(journey.updatedAt)
    return [
      TextSpan(cell(journey.name, columns.name)),
      TextSpan(cell(journey.status.title, columns.status), role: statusRole(journey.status)),
      TextSpan(cell(journey.settings.schedule.description, columns.mode)),
      TextSpan(cell(updated, columns.updated), role: .muted),
    ] + problemSpans(summary)
  }

  private func statusRole(_ status: JourneyStatus) -> Role {
    switch status {
    case .active: return .ok
    case .paused: return .warning
    case .draft: return .normal
    }
  }

  private func problemSpans(_ summary: ValidationSummary) -> [TextSpan] {
    guard !summary.isClean else { return [TextSpan(ascii ? "ok" : "✓ ok", role: .ok)] }
    var spans: [TextSpan] = []
    if summary.errors > 0 {
      spans.append(
        TextSpan(
          "\(ProblemMarker.symbol(.error, ascii: ascii))\(summary.errors) ", role: .error))
    }
    if summary.warnings > 0 {
      spans.append(
        TextSpan(
          "\(ProblemMarker.symbol(.warning, ascii: ascii))\(summary.warnings)", role: .warning))
    }
    return spans
  }
}
