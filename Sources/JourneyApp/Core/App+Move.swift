import JourneyModel

extension App {
  /// Moves the selection of the focused pane.
  func performMove(_ action: Action) -> Reaction {
    if state.screen == .history { return moveHistory(action) }
    if state.screen == .editor, state.focus == .canvas {
      if action == .moveLeft { return selectParent() }
      if action == .moveRight { return selectFirstChild() }
    }
    guard let target = targetIndex(action, current: currentIndex(), count: currentCount())
    else { return .none }
    setIndex(target)
    return .redraw
  }

  /// The row a vertical movement lands on; nil for horizontal moves outside the canvas.
  private func targetIndex(_ action: Action, current: Int, count: Int) -> Int? {
    let page = visibleRows()
    switch action {
    case .moveUp: return current - 1
    case .moveDown: return current + 1
    case .moveTop: return 0
    case .moveBottom: return count - 1
    case .pageUp: return current - page
    case .pageDown: return current + page
    case .halfPageUp: return current - max(page / 2, 1)
    case .halfPageDown: return current + max(page / 2, 1)
    default: return nil
    }
  }

  private func currentIndex() -> Int {
    guard state.screen == .editor, let editor = state.editor else { return state.list.selection }
    switch state.focus {
    case .inspector: return editor.inspectorIndex
    case .problems: return editor.problemIndex
    default: return editor.selectedRow
    }
  }

  private func currentCount() -> Int {
    guard state.screen == .editor, let editor = state.editor else {
      return state.list.visible.count
    }
    switch state.focus {
    case .inspector: return state.inspectorRows.count
    case .problems: return editor.problems.count
    default: return editor.rows.count
    }
  }

  private func setIndex(_ index: Int) {
    guard state.screen == .editor, var editor = state.editor else {
      state.list.select(index)
      return
    }
    let clamped = min(max(index, 0), max(currentCount() - 1, 0))
    switch state.focus {
    case .inspector: editor.inspectorIndex = clamped
    case .problems: editor.problemIndex = clamped
    default: editor.selectRow(clamped)
    }
    state.editor = editor
  }

  private func selectParent() -> Reaction {
    guard var editor = state.editor else { return .none }
    switch editor.selection {
    case .emptyPath(let parent, _):
      editor.select(.step(parent))
    case .step(let id):
      guard let tree = try? StepTree(editor.journey), let via = tree.parent(of: id) else {
        return .none
      }
      editor.select(.step(via.parent))
    }
    state.editor = editor
    return .redraw
  }

  private func selectFirstChild() -> Reaction {
    guard var editor = state.editor, let step = editor.selectedStep,
      let path = step.paths.first
    else { return .none }
    let target: CanvasTarget =
      path.target.map { .step($0) }
      ?? .emptyPath(parent: step.id, label: path.label)
    guard editor.select(target) else { return .none }
    state.editor = editor
    return .redraw
  }
}
