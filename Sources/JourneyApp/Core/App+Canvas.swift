import JourneyModel
import TerminalKit

extension App {
  /// Runs an action of the canvas.
  func performCanvas(_ action: Action) -> Reaction {
    guard let editor = state.editor else { return .none }
    switch action {
    case .addStep:
      return chooseStepType(.after(editor.selection))
    case .insertStep:
      guard case .step(let id) = editor.selection else {
        return chooseStepType(.after(editor.selection))
      }
      return chooseStepType(.before(id))
    case .deleteStep:
      return confirmDelete(editor)
    case .editStep:
      state.focus = .inspector
      return .redraw
    case .cutStep:
      return cut(editor)
    case .pasteStep:
      return paste(at: editor.selection)
    case .toggleCollapse:
      guard var changed = state.editor, let id = editor.selection.stepID else { return .none }
      changed.toggleCollapsed(id)
      state.editor = changed
      return .redraw
    case .moveGroupUp:
      return moveGroup(editor, by: -1)
    default:
      return moveGroup(editor, by: 1)
    }
  }

  private func chooseStepType(_ placement: StepPlacement) -> Reaction {
    let choices = StepFactory.addableTypes.map { type in
      Choice(type.rawValue, label: type.title, detail: StepGlyph.help(type))
    }
    let picker = Picker(
      title: "Add a step", choices: choices, current: nil, allowsFreeText: false,
      purpose: .stepType(placement: placement))
    state.mode = .picker(picker)
    return .redraw
  }

  /// Adds a new step of `type` where `placement` says and selects it.
  func addStep(_ type: StepType, _ placement: StepPlacement) -> Reaction {
    let reaction = edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
      let step = StepFactory.make(type, in: journey)
      switch placement {
      case .after(let target): try JourneyEdits.add(step, at: target, in: &journey)
      case .before(let id): try JourneyEdits.insert(step, before: id, in: &journey)
      }
      return .step(step.id)
    }
    if state.flash?.severity != .warning {
      let article = type == .activate ? "an" : "a"
      flash("added \(article) \(type.title): press e to edit it")
    }
    return reaction
  }

  private func confirmDelete(_ editor: EditorState) -> Reaction {
    guard let step = editor.selectedStep, let tree = try? StepTree(editor.journey) else {
      return .none
    }
    let below = tree.subtree(of: step.id).count - 1
    let name = StepText.title(step)
    let canKeepRest = below > 0 && !CanvasLayout.isBranching(step)
    let lines: [String]
    let buttons: [String]
    if below == 0 {
      lines = ["Delete \"\(name)\"?"]
      buttons = ["Delete", "Cancel"]
    } else {
      let after = below == 1 ? "the step after it" : "the \(below) steps after it"
      lines = [
        "Delete \"\(name)\" and \(after)? \"Only this\" keeps them, joined to the "
          + "step before."
      ]
      buttons = canKeepRest ? ["Delete all", "Only this", "Cancel"] : ["Delete all", "Cancel"]
    }
    let dialog = Dialog(
      title: "Delete step", lines: lines, buttons: buttons, selectedButton: buttons.count - 1)
    state.mode = .dialog(
      DialogState(
        dialog: dialog, purpose: .deleteStep(step.id, canKeepRest: canKeepRest)))
    return .redraw
  }

  /// Deletes step `id`, with the steps after it unless `onlyStep`.
  func deleteStep(_ id: StepID, onlyStep: Bool) -> Reaction {
    let parent = parentTarget(of: id)
    return edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
      if onlyStep {
        let next = journey.step(id)?.paths.first?.target
        try JourneyEdits.removeStep(id, in: &journey)
        return next.map { .step($0) } ?? parent
      }
      try JourneyEdits.removeSubtree(id, in: &journey)
      return parent
    }
  }

  private func cut(_ editor: EditorState) -> Reaction {
    guard let id = editor.selection.stepID else { return .none }
    let parent = parentTarget(of: id)
    var removed: [Step] = []
    let reaction = edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
      removed = try JourneyEdits.removeSubtree(id, in: &journey)
      return parent
    }
    if !removed.isEmpty {
      state.clipboard = Clipboard(steps: removed)
      let count = removed.count == 1 ? "1 step" : "\(removed.count) steps"
      flash("cut \(count): select where they go and press p")
    }
    return reaction
  }

  private func paste(at target: CanvasTarget) -> Reaction {
    guard let clipboard = state.clipboard else { return .none }
    return edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
      .step(try JourneyEdits.paste(clipboard, at: target, in: &journey))
    }
  }

  private func moveGroup(_ editor: EditorState, by delta: Int) -> Reaction {
    guard
      let (segment, index) = JourneyEdits.enclosingGroup(
        of: editor.selection, in: editor.journey)
    else { return .none }
    let selection = editor.selection
    return edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
      try JourneyEdits.moveGroup(index, by: delta, of: segment, in: &journey)
      if case .emptyPath(let parent, .group(let old)) = selection, parent == segment,
        old == index
      {
        return .emptyPath(parent: segment, label: .group(index + delta))
      }
      return selection
    }
  }

  /// The row to select after step `id` goes: its empty path when the parent branches, else
  /// the parent.
  private func parentTarget(of id: StepID) -> CanvasTarget? {
    guard let editor = state.editor, let tree = try? StepTree(editor.journey),
      let via = tree.parent(of: id), let parent = editor.journey.step(via.parent)
    else { return nil }
    return CanvasLayout.isBranching(parent)
      ? .emptyPath(parent: via.parent, label: via.label) : .step(via.parent)
  }
}
