import JourneyModel

/// The reasons actions cannot run now, referred to by the action table. Each returns nil
/// when the action can run.
enum Availability {
  /// A journey must be open.
  static func editor(_ state: AppState) -> String? {
    state.editor == nil ? "open a journey first: press Enter on the list" : nil
  }

  /// The list must have a selected entry.
  static func listSelection(_ state: AppState) -> String? {
    state.list.selected == nil ? "no journey selected: the list is empty" : nil
  }

  /// The selected list entry must be readable.
  static func readable(_ state: AppState) -> String? {
    guard let entry = state.list.selected else { return listSelection(state) }
    guard let reason = entry.unreadableReason else { return nil }
    return "\(entry.url.lastPathComponent) cannot be read: \(reason)"
  }

  /// The selected journey must be readable and not Active.
  static func renamable(_ state: AppState) -> String? {
    if let reason = readable(state) { return reason }
    return state.list.selected?.journey.flatMap(EditPolicy.refusal)
  }

  /// There must be a change to undo.
  static func undo(_ state: AppState) -> String? {
    guard let editor = state.editor else { return self.editor(state) }
    if let refusal = EditPolicy.refusal(for: editor.journey) { return refusal }
    return editor.undoStack.isEmpty ? "nothing to undo" : nil
  }

  /// There must be an undone change to redo.
  static func redo(_ state: AppState) -> String? {
    guard let editor = state.editor else { return self.editor(state) }
    if let refusal = EditPolicy.refusal(for: editor.journey) { return refusal }
    return editor.redoStack.isEmpty ? "nothing to redo" : nil
  }

  /// The journey must have problems.
  static func problems(_ state: AppState) -> String? {
    guard let editor = state.editor else { return self.editor(state) }
    return editor.problems.isEmpty ? "no problems: the journey validates cleanly" : nil
  }

  /// A problem must be highlighted.
  static func problemSelection(_ state: AppState) -> String? {
    problems(state)
  }

  /// A search must have been made.
  static func search(_ state: AppState) -> String? {
    if let reason = editor(state) { return reason }
    return state.search == nil ? "no search yet: press / to search steps" : nil
  }

  /// The selection must have a parent.
  static func parent(_ state: AppState) -> String? {
    guard let editor = state.editor else { return self.editor(state) }
    if case .step(let id) = editor.selection, id == editor.journey.start?.id {
      return "Start is the first step: nothing comes before it"
    }
    return nil
  }

  /// The selection must have a step after it.
  static func child(_ state: AppState) -> String? {
    guard let editor = state.editor else { return self.editor(state) }
    guard let step = editor.selectedStep else { return "an empty path has no step after it" }
    if editor.collapsed.contains(step.id) { return "its branches are folded: press Space" }
    if step.paths.isEmpty { return "a Stop ends its path: no step comes after it" }
    if !CanvasLayout.isBranching(step), step.paths.first?.target == nil {
      return "no step comes after this one: add one with a"
    }
    return nil
  }

  /// A step can be added after the selection.
  static func addAfter(_ state: AppState) -> String? {
    if let refusal = state.editRefusal { return refusal }
    guard let step = state.editor?.selectedStep else { return nil }
    if step.kind.type == .stop { return EditError.afterStop.description }
    if CanvasLayout.isBranching(step) {
      return EditError.afterBranching(step.kind.type).description
    }
    return nil
  }

  /// A step can be inserted before the selection.
  static func insertBefore(_ state: AppState) -> String? {
    if let refusal = state.editRefusal { return refusal }
    guard let editor = state.editor else { return nil }
    if case .step(let id) = editor.selection, id == editor.journey.start?.id {
      return EditError.startIsFixed.description
    }
    return nil
  }

  /// The selection must be a step other than Start.
  static func removableStep(_ state: AppState) -> String? {
    if let refusal = state.editRefusal { return refusal }
    guard let editor = state.editor, let step = editor.selectedStep else {
      return "an empty path holds no step"
    }
    return step.kind.type == .start ? EditError.startIsFixed.description : nil
  }

  /// A step must be selected to edit.
  static func editStep(_ state: AppState) -> String? {
    editor(state)
  }

  /// Something must have been cut, and the place must take it.
  static func paste(_ state: AppState) -> String? {
    if let refusal = state.editRefusal { return refusal }
    guard state.clipboard != nil else { return EditError.emptyClipboard.description }
    return addAfter(state)
  }

  /// The selection must be a Segment or Pause Until.
  static func collapse(_ state: AppState) -> String? {
    guard let editor = state.editor else { return self.editor(state) }
    guard let step = editor.selectedStep, CanvasLayout.isBranching(step) else {
      return "only a Segment or a Pause Until has branches to fold"
    }
    return nil
  }

  /// The selection must be inside a Segment group that is not first.
  static func groupUp(_ state: AppState) -> String? {
    groupMove(state, by: -1)
  }

  /// The selection must be inside a Segment group that is not last.
  static func groupDown(_ state: AppState) -> String? {
    groupMove(state, by: 1)
  }

  private static func groupMove(_ state: AppState, by delta: Int) -> String? {
    if let refusal = state.editRefusal { return refusal }
    guard let editor = state.editor,
      let (segmentID, index) = JourneyEdits.enclosingGroup(
        of: editor.selection, in: editor.journey),
      case .segment(let segment)? = editor.journey.step(segmentID)?.kind
    else { return EditError.notInGroup.description }
    guard segment.groups.indices.contains(index + delta) else {
      return delta < 0 ? "this group is first already" : "this group is last already"
    }
    return nil
  }

  /// The highlighted inspector row must be editable.
  static func editField(_ state: AppState) -> String? {
    guard let row = state.inspectorRow else { return editor(state) }
    guard row.isEditable else { return "\"\(row.label)\" is not something to edit" }
    return state.editRefusal
  }

  /// The highlighted inspector row must be an on/off field.
  static func toggleField(_ state: AppState) -> String? {
    guard let row = state.inspectorRow else { return editor(state) }
    guard case .toggle = row.editor else { return "\"\(row.label)\" is not an on/off field" }
    return state.editRefusal
  }

  /// The highlighted inspector row must be a list item.
  static func removeItem(_ state: AppState) -> String? {
    guard let row = state.inspectorRow else { return editor(state) }
    guard row.remove != nil else { return "\"\(row.label)\" is not a list item to remove" }
    return state.editRefusal
  }

  /// The highlighted inspector row must be a movable item.
  static func itemUp(_ state: AppState) -> String? {
    guard let row = state.inspectorRow else { return editor(state) }
    guard row.moveUp != nil else { return "\"\(row.label)\" is not a list item to move" }
    return state.editRefusal
  }

  /// The highlighted inspector row must be a movable item.
  static func itemDown(_ state: AppState) -> String? {
    guard let row = state.inspectorRow else { return editor(state) }
    guard row.moveDown != nil else { return "\"\(row.label)\" is not a list item to move" }
    return state.editRefusal
  }

  /// The journey must be a Draft.
  static func publish(_ state: AppState) -> String? {
    lifecycle(.publish, state)
  }

  /// The journey must be Active.
  static func pause(_ state: AppState) -> String? {
    lifecycle(.pause, state)
  }

  /// The journey must be Paused.
  static func resume(_ state: AppState) -> String? {
    lifecycle(.resume, state)
  }

  private static func lifecycle(_ action: LifecycleAction, _ state: AppState) -> String? {
    guard let journey = state.editor?.journey else { return editor(state) }
    return Lifecycle.stateRefusal(action, journey)
  }
}
