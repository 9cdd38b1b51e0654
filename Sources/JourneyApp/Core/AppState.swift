import Foundation
import JourneyModel
import TerminalKit

/// Everything the application shows, in one value: screen, focus, selection, mode, prompt,
/// flash message and the open journey with its undo history.
///
/// Views draw from it and action handlers change it; it holds no files or terminal.
struct AppState {
  /// The terminal size the layout is computed for.
  var size: Size
  /// The screen shown.
  var screen: Screen = .list
  /// The pane with the keyboard.
  var focus: Pane = .list
  /// What takes keys before the panes.
  var mode: Mode = .normal
  /// The transient message in the status line.
  var flash: FlashMessage?
  /// The journeys of the workspace.
  var list: JourneyListState
  /// The open journey, while the editor shows.
  var editor: EditorState?
  /// The live simulation on the canvas, if one is open.
  var simulation: SimulationState?
  /// The run history shown, if any.
  var history: HistoryState?
  /// Steps cut from a journey, ready to paste.
  var clipboard: Clipboard?
  /// The last step search, for `n` and `N`.
  var search: StepSearch?
  // TODO: the command history is not saved, so it is empty again after a restart.
  /// Commands typed at the `:` prompt, oldest first.
  var commandHistory: [String] = []
  /// ASCII drawing, mouse, theme name.
  var display: DisplayOptions
  /// The workspace's catalogue, for choices in the inspector.
  let hub: Hub
  /// The validator for the workspace's catalogue.
  let validator: Validator

  /// Creates the state of a freshly started application.
  init(size: Size, hub: Hub, list: JourneyListState, display: DisplayOptions) {
    self.size = size
    self.hub = hub
    self.validator = Validator(hub: hub)
    self.list = list
    self.display = display
  }

  /// The scopes whose keys work now, most specific first.
  var scopes: [ActionScope] {
    switch screen {
    case .list: return [.list, .global]
    case .history: return [.history, .global]
    case .editor:
      if simulation != nil, focus == .canvas { return [.simulation, .canvas, .editor, .global] }
      return [focus.scope, .editor, .global]
    }
  }

  /// The inspector's rows for the selected canvas row.
  var inspectorRows: [FormRow] {
    guard let editor else { return [] }
    return InspectorForm.rows(for: editor.selection, in: editor.journey, hub: hub)
  }

  /// The highlighted inspector row, when the inspector has the focus.
  var inspectorRow: FormRow? {
    guard let editor, focus == .inspector else { return nil }
    let rows = inspectorRows
    return rows.indices.contains(editor.inspectorIndex) ? rows[editor.inspectorIndex] : nil
  }

  /// The reason edits are refused now, or nil when the open journey can be edited.
  var editRefusal: String? {
    guard let editor else { return "open a journey first: press Enter on the list" }
    return EditPolicy.refusal(for: editor.journey)
  }
}

/// How the application draws and what input it accepts.
struct DisplayOptions: Hashable, Sendable {
  /// Draws with ASCII characters instead of Unicode lines and symbols.
  var ascii: Bool = false
  /// Reports mouse clicks (selecting rows) and wheel turns.
  var mouse: Bool = false
  /// The name of the theme in use.
  var themeName: String = "default"
}
