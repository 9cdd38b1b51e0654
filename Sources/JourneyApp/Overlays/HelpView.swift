import TerminalKit

/// Draws the help overlay: a filter line, then each scope's actions with their keys, the
/// current pane's scope first; unavailable actions say why.
struct HelpView {
  /// The overlay's state.
  let help: HelpState
  /// The application state, for availability.
  let state: AppState
  /// The keys in use.
  let bindings: KeyBindings

  /// The lines shown for the current filter.
  func lines() -> [HelpState.Line] {
    let needle = help.filter.text.lowercased()
    var lines: [HelpState.Line] = []
    for scope in help.order {
      let actions = ActionTable.specs.filter { $0.scope == scope }.filter { spec in
        needle.isEmpty || spec.fullHelp.lowercased().contains(needle)
          || spec.action.rawValue.contains(needle)
          || bindings.keyText(for: spec.action).lowercased().contains(needle)
      }
      guard !actions.isEmpty else { continue }
      lines.append(.heading(scope))
      lines += actions.map { .action($0.action, unavailable: $0.unavailable(state)) }
    }
    return lines
  }

  /// Draws the overlay centred in `area`.
  func draw(in area: Rect, on buffer: inout CellBuffer) {
    let ascii = state.display.ascii
    let box = area.centered(Size(width: min(area.width, 100), height: area.height - 1))
    buffer.fill(box, role: .dialog)
    buffer.drawBox(
      box, style: ascii ? .ascii : .unicode, role: .focusBorder,
      title: "Help: keys (Esc closes)")
    let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
    guard inner.height > 2 else { return }

    let (filterRow, rest) = inner.splitTop(2)
    let label = buffer.write("Filter: ", at: filterRow.origin, role: .dialog, clip: filterRow)
    let field = Rect(x: label, y: filterRow.y, width: filterRow.maxX - label, height: 1)
    help.filter.draw(in: field, on: &buffer)

    let all = lines()
    let first = min(help.offset, max(all.count - rest.height, 0))
    for (index, line) in all.dropFirst(first).prefix(rest.height).enumerated() {
      let row = Rect(x: rest.x, y: rest.y + index, width: rest.width, height: 1)
      buffer.write(spans(line).truncated(to: row.width), at: row.origin, clip: row)
    }
    if all.isEmpty {
      buffer.write("No key matches the filter.", at: rest.origin, role: .muted, clip: rest)
    }
  }

  private func spans(_ line: HelpState.Line) -> [TextSpan] {
    // TODO: long help lines are cut, not wrapped, so at 80 columns some ends cannot be read.
    switch line {
    case .heading(let scope):
      return [TextSpan(scope.title, role: .title)]
    case .action(let action, let unavailable):
      let keys = TextWidth.fit(bindings.keyText(for: action), to: 14)
      let spec = ActionTable.spec(action)
      var spans = [
        TextSpan("  " + keys + " ", role: .keyHint), TextSpan(spec.fullHelp, role: .dialog),
      ]
      if let unavailable {
        spans.append(TextSpan(" (now: \(unavailable))", role: .muted))
      }
      return spans
    }
  }
}
