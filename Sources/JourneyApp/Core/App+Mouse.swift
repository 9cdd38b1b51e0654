import TerminalKit

extension App {
  /// Selects the row under a click (and focuses its pane); the wheel moves the selection.
  func handleMouse(_ mouse: MouseEvent) -> Reaction {
    guard state.display.mouse, state.mode.isNormal else { return .none }
    switch mouse.kind {
    case .wheelUp:
      return performMove(.moveUp)
    case .wheelDown:
      return performMove(.moveDown)
    case .click:
      return click(at: mouse.position)
    }
  }

  private func click(at point: Point) -> Reaction {
    // TODO: clicks on dialogs, pickers and help are ignored, so they need the keyboard.
    let layout = Layout(state)
    // TODO: clicks on the run history are ignored, so runs are chosen with the keyboard.
    if state.screen == .history { return .none }
    if state.screen == .list {
      let body = layout.list.splitTop(1).rest
      guard body.contains(point) else { return .none }
      state.list.select(state.list.offset + point.y - body.y)
      return .redraw
    }
    guard var editor = state.editor else { return .none }
    let canvas = Layout.inner(layout.canvas)
    if canvas.contains(point) {
      state.focus = .canvas
      editor.selectRow(editor.canvasOffset + point.y - canvas.y)
    } else if layout.inspector.contains(point) {
      state.focus = .inspector
      let list = Layout.inner(layout.inspector)
      let top = list.maxY - InspectorView.listHeight(in: layout.inspector, state: state)
      if point.y >= top, point.y < list.maxY {
        editor.inspectorIndex = editor.inspectorOffset + point.y - top
      }
    } else if Layout.inner(layout.problems).contains(point) {
      state.focus = .problems
      editor.problemIndex = min(
        editor.problemsOffset + point.y - Layout.inner(layout.problems).y,
        max(editor.problems.count - 1, 0))
    } else {
      return .none
    }
    state.editor = editor
    return .redraw
  }
}
