import JourneyModel
import TerminalKit

extension App {
  /// Runs an action of the inspector on the highlighted row.
  func performInspector(_ action: Action) -> Reaction {
    guard let row = state.inspectorRow else { return .none }
    switch action {
    case .editField, .toggleField:
      return editRow(row)
    case .removeItem:
      guard let remove = row.remove else { return .none }
      return edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
        try remove(&journey)
        return nil
      }
    case .moveItemUp:
      return moveItem(row, row.moveUp, by: -1)
    default:
      return moveItem(row, row.moveDown, by: 1)
    }
  }

  private func editRow(_ row: FormRow) -> Reaction {
    switch row.editor {
    case .none:
      return .none
    case .text(let text):
      state.mode = .prompt(
        Prompt(
          .field(text.apply), label: "\(row.label): ", text: text.initial,
          placeholder: text.placeholder))
      return .redraw
    case .choice(let choice):
      state.mode = .picker(
        Picker(
          title: choice.title, choices: choice.choices, current: choice.current,
          allowsFreeText: choice.allowsFreeText, purpose: .field(choice.apply)))
      return .redraw
    case .toggle(let change), .action(let change):
      return edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
        try change(&journey)
        return nil
      }
    }
  }

  /// Applies a value typed or chosen for an inspector field.
  func applyValue(_ value: String, _ change: ValueChange) -> Reaction {
    edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
      try change(value, &journey)
      return nil
    }
  }

  private func moveItem(_ row: FormRow, _ move: JourneyChange?, by delta: Int) -> Reaction {
    guard let move else { return .none }
    let reaction = edit { (journey: inout Journey) throws(EditError) -> CanvasTarget? in
      try move(&journey)
      return nil
    }
    if let moved = KeyIndex.shift(row.key, by: delta), var editor = state.editor,
      let index = state.inspectorRows.firstIndex(where: { $0.key == moved && $0.kind == row.kind })
    {
      editor.inspectorIndex = index
      state.editor = editor
    }
    return reaction
  }
}
