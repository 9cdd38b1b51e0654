import JourneyModel
import TerminalKit

/// Draws the inspector: the selected step's problems as sentences, then its form rows with
/// a marker on each input that has a problem.
struct InspectorView {
  /// The width of the label column, indentation included.
  static let labelWidth = 16

  /// The application state.
  let state: AppState

  /// The problems of the selected row: its step's (and the journey's, on Start), or those of
  /// its empty path.
  static func problems(_ state: AppState) -> [Problem] {
    guard let editor = state.editor else { return [] }
    let startID = editor.journey.start?.id
    switch editor.selection {
    case .step(let id):
      return editor.problems.filter { $0.stepID == id || ($0.stepID == nil && id == startID) }
    case .emptyPath(let parent, let label):
      return editor.problems.filter {
        $0.stepID == parent && ProblemLocation.pathLabel($0.field) == label
      }
    }
  }

  /// The problem sentences wrapped to `width`, each line with its severity.
  static func sentenceLines(_ state: AppState, width: Int) -> [(ProblemSeverity?, String)] {
    var lines: [(ProblemSeverity?, String)] = []
    for problem in problems(state) {
      let wrapped = TextWidth.wrap(problem.message, to: max(width - 2, 1))
      for (index, line) in wrapped.enumerated() {
        lines.append((index == 0 ? problem.severity : nil, line))
      }
    }
    return lines
  }

  /// The rows left for the form in a box drawn on `rect`.
  static func listHeight(in rect: Rect, state: AppState) -> Int {
    let inner = Layout.inner(rect)
    return max(inner.height - sentenceHeight(state, inner: inner), 0)
  }

  private static func sentenceHeight(_ state: AppState, inner: Rect) -> Int {
    let lines = sentenceLines(state, width: inner.width).count
    guard lines > 0 else { return 0 }
    return min(lines, max(inner.height / 2 - 1, 1)) + 1
  }

  /// Draws the box into `rect`.
  func draw(in rect: Rect, on buffer: inout CellBuffer) {
    guard let editor = state.editor, !rect.isEmpty else { return }
    let ascii = state.display.ascii
    let focused = state.focus == .inspector
    let title =
      "2 Inspector" + (EditPolicy.refusal(for: editor.journey) == nil ? "" : " · read-only")
    buffer.drawBox(
      rect, style: ascii ? .ascii : .unicode,
      role: focused ? .focusBorder : .border, title: title)
    let inner = Layout.inner(rect)
    guard !inner.isEmpty else { return }

    let sentenceRows = Self.sentenceHeight(state, inner: inner)
    let (top, list) = inner.splitTop(sentenceRows)
    drawSentences(in: top, ascii: ascii, on: &buffer)
    drawRows(in: list, editor: editor, focused: focused, on: &buffer)
  }

  private func drawSentences(in rect: Rect, ascii: Bool, on buffer: inout CellBuffer) {
    guard rect.height > 0 else { return }
    let lines = Self.sentenceLines(state, width: rect.width)
    let room = rect.height - 1
    for (index, line) in lines.prefix(room).enumerated() {
      let marker = line.0.map { ProblemMarker.symbol($0, ascii: ascii) + " " } ?? "  "
      let role = line.0.map(ProblemMarker.role) ?? .normal
      let y = rect.y + index
      let x = buffer.write(marker, at: Point(x: rect.x, y: y), role: role, clip: rect)
      let more = index == room - 1 && lines.count > room
      let text = more ? TextWidth.truncate(line.1 + " …", to: rect.width - 2) : line.1
      buffer.write(text, at: Point(x: x, y: y), clip: rect)
    }
    buffer.drawHorizontalLine(
      row: rect.maxY - 1, from: rect.x, to: rect.maxX - 1,
      style: ascii ? .ascii : .unicode, role: .border)
  }

  private func drawRows(
    in rect: Rect, editor: EditorState, focused: Bool, on buffer: inout CellBuffer
  ) {
    let rows = state.inspectorRows
    let stepProblems = Self.problems(state)
    let first = Scrolling.offset(
      current: editor.inspectorOffset, selected: editor.inspectorIndex, count: rows.count,
      height: rect.height)
    for line in 0..<max(min(rect.height, rows.count - first), 0) {
      let index = first + line
      let area = Rect(x: rect.x, y: rect.y + line, width: rect.width, height: 1)
      let spans = self.spans(rows[index], problems: stepProblems).truncated(to: area.width)
      if focused, index == editor.inspectorIndex {
        buffer.fill(area, role: .selection)
        let restyled = spans.enumerated().map { offset, span in
          offset == 0 && span.role != .normal
            ? TextSpan(span.text, role: span.role, attributes: .reverse)
            : TextSpan(span.text, role: .selection)
        }
        buffer.write(restyled, at: area.origin, clip: area)
      } else {
        buffer.write(spans, at: area.origin, clip: area)
      }
    }
  }

  /// The spans of one form row: marker, indented label, value.
  func spans(_ row: FormRow, problems: [Problem]) -> [TextSpan] {
    let ascii = state.display.ascii
    let severity = Self.severity(of: row, among: problems)
    let marker =
      severity.map {
        TextSpan(ProblemMarker.symbol($0, ascii: ascii) + " ", role: ProblemMarker.role($0))
      } ?? TextSpan("  ")
    let indent = String(repeating: "  ", count: row.depth)

    switch row.kind {
    case .heading:
      let value = row.value.isEmpty ? [] : [TextSpan("  " + row.value, role: .muted)]
      return [marker, TextSpan(indent + row.label, role: .title)] + value
    case .add:
      return [marker, TextSpan(indent + row.label, role: .keyHint)]
    case .field:
      let label = TextWidth.pad(indent + row.label, to: max(Self.labelWidth, row.depth * 2 + 8))
      let value = row.value.isEmpty ? "(empty)" : row.value
      let valueRole: Role = row.isEditable ? .normal : .muted
      return [marker, TextSpan(label + " ", role: .muted), TextSpan(value, role: valueRole)]
    }
  }

  /// The worst problem at the row's input, if any.
  static func severity(of row: FormRow, among problems: [Problem]) -> ProblemSeverity? {
    let matching = problems.filter {
      ($0.stepID == nil) == row.isJourneyKey && ProblemLocation.field($0.field, isWithin: row.key)
    }
    if matching.contains(where: \.isError) { return .error }
    return matching.isEmpty ? nil : .warning
  }
}
