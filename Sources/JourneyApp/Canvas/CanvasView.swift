import JourneyModel
import TerminalKit

/// Draws the canvas: one row per step or empty path, a marker column for problems, the tree
/// lines, branch labels, a glyph per step type and the step's summary.
struct CanvasView {
  /// The open journey.
  let editor: EditorState
  /// True when the canvas has the focus.
  let focused: Bool
  /// Draws ASCII instead of Unicode.
  let ascii: Bool
  /// The simulation's counts and followed path, while a simulation is open.
  var overlay: CanvasOverlay?

  /// Draws the box and the visible rows into `rect`.
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    let style: BoxStyle = ascii ? .ascii : .unicode
    let count = editor.journey.steps.count
    let title = "1 Canvas · \(count == 1 ? "1 step" : "\(count) steps")"
    buffer.drawBox(rect, style: style, role: focused ? .focusBorder : .border, title: title)
    let inner = Layout.inner(rect)
    guard !inner.isEmpty else { return }
    if let overlay, showsCounts(in: inner) {
      let x = inner.maxX - overlay.width
      buffer.write(overlay.header, at: Point(x: x, y: rect.y), role: .title, clip: rect)
    }

    let first = Scrolling.offset(
      current: editor.canvasOffset, selected: editor.selectedRow, count: editor.rows.count,
      height: inner.height)
    for line in 0..<min(inner.height, editor.rows.count - first) {
      let index = first + line
      let area = Rect(x: inner.x, y: inner.y + line, width: inner.width, height: 1)
      drawRow(editor.rows[index], in: area, selected: index == editor.selectedRow, on: &buffer)
    }
  }

  /// The spans of one row, marker first.
  func spans(_ row: CanvasRow) -> [TextSpan] {
    var spans = [markerSpan(row), TextSpan(row.prefix, role: .border)]
    if let label = row.branchLabel {
      let arrow = TreeGlyphs.forMode(ascii: ascii).arrow
      if let count = overlay?.branchCount(row.target) {
        spans += [TextSpan(label, role: .branchLabel), count]
        spans.append(TextSpan(" \(arrow) ", role: .branchLabel))
      } else {
        spans.append(TextSpan("\(label) \(arrow) ", role: .branchLabel))
      }
    }
    switch row.target {
    case .emptyPath:
      spans.append(TextSpan("(empty)", role: .muted))
    case .step(let id):
      guard let step = editor.journey.step(id) else { break }
      let type = step.kind.type
      let followed = overlay?.followedPath.contains(id) == true
      spans.append(TextSpan(
        StepGlyph.symbol(type, ascii: ascii) + " ",
        role: followed ? .simActive : StepGlyph.role(type)))
      spans.append(TextSpan(StepSummary.text(of: step), role: followed ? .simActive : .normal))
      if row.hiddenSteps > 0 {
        let noun = row.hiddenSteps == 1 ? "step" : "steps"
        spans.append(TextSpan("  [+\(row.hiddenSteps) \(noun) folded]", role: .muted))
      }
      if !step.name.isEmpty { spans.append(TextSpan("  \"\(step.name)\"", role: .muted)) }
    }
    return spans
  }

  private func markerSpan(_ row: CanvasRow) -> TextSpan {
    let severity: ProblemSeverity?
    switch row.target {
    case .step(let id): severity = editor.stepMarkers[id]
    case .emptyPath: severity = editor.pathMarkers[row.target]
    }
    guard let severity else { return followedMarker(row.target) }
    return TextSpan(
      ProblemMarker.symbol(severity, ascii: ascii) + " ",
      role: ProblemMarker.role(severity))
  }

  /// The marker of a step on the followed contact's path: where it is now, or a dot.
  private func followedMarker(_ target: CanvasTarget) -> TextSpan {
    guard let overlay, let id = target.stepID, overlay.followedPath.contains(id) else {
      return TextSpan("  ")
    }
    let here = overlay.followedStep == id
    return TextSpan(here ? (ascii ? "* " : "● ") : (ascii ? ". " : "· "), role: .simActive)
  }

  /// True when the row is wide enough for the count columns beside the steps.
  private func showsCounts(in area: Rect) -> Bool {
    guard let overlay else { return false }
    return area.width >= overlay.width + 20
  }

  private func drawRow(
    _ row: CanvasRow, in area: Rect, selected: Bool, on buffer: inout CellBuffer
  ) {
    var area = area
    if let overlay, showsCounts(in: area) {
      let counts = Rect(
        x: area.maxX - overlay.width, y: area.y, width: overlay.width, height: 1)
      let columns = overlay.columns(row.target).map {
        selected && focused ? TextSpan($0.text, role: .selection) : $0
      }
      buffer.fill(counts, role: selected && focused ? .selection : .normal)
      buffer.write(columns, at: counts.origin, clip: counts)
      area = Rect(x: area.x, y: area.y, width: area.width - overlay.width, height: 1)
    }
    let spans = self.spans(row).truncated(to: area.width)
    guard selected else {
      buffer.write(spans, at: area.origin, clip: area)
      return
    }
    let role: Role = focused ? .selection : .muted
    let extra: Attributes = focused ? [] : .reverse
    buffer.fill(area, role: role, attributes: extra)
    let restyled = spans.enumerated().map { index, span in
      index == 0 && span.role != .normal
        ? TextSpan(span.text, role: span.role, attributes: .reverse)
        : TextSpan(span.text, role: role, attributes: extra)
    }
    buffer.write(restyled, at: area.origin, clip: area)
  }
}
