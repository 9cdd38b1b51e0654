import JourneyModel

extension App {
  /// Applies a change to the open journey: refused when the journey cannot be edited or the
  /// change fails; otherwise kept for undo, validated, and copied to the recovery file.
  /// `change` returns the canvas row to select afterwards, or nil to keep the selection.
  func edit(_ change: (inout Journey) throws(EditError) -> CanvasTarget?) -> Reaction {
    guard var editor = state.editor else { return .none }
    if let refusal = EditPolicy.refusal(for: editor.journey) {
      flash(refusal, .warning)
      return .redraw
    }

    var journey = editor.journey
    let target: CanvasTarget?
    do {
      target = try change(&journey)
    } catch {
      flash(error.description, .warning)
      return .redraw
    }

    editor.apply(journey, select: nil, validator: state.validator)
    if let target { editor.reveal(target, validator: state.validator) }
    state.editor = editor
    writeRecovery()
    return .redraw
  }

  /// Undoes or redoes one change.
  func undoRedo(undo: Bool) -> Reaction {
    guard var editor = state.editor else { return .none }
    let done =
      undo
      ? editor.undo(validator: state.validator)
      : editor.redo(validator: state.validator)
    state.editor = editor
    guard done else { return .none }
    writeRecovery()
    let left = undo ? editor.undoStack.count : editor.redoStack.count
    flash(undo ? "undone (\(left) more to undo)" : "redone (\(left) more to redo)")
    return .redraw
  }
}
