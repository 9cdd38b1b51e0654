import TerminalKit

/// The help overlay: every action's keys and text, the current pane's first, filterable.
struct HelpState {
  /// One line of help: a scope title or an action.
  enum Line: Hashable, Sendable {
    /// A scope heading.
    case heading(ActionScope)
    /// An action, with the reason it is unavailable now.
    case action(Action, unavailable: String?)
  }

  /// The filter text.
  var filter = TextField("", placeholder: "type to filter")
  /// The first line shown.
  var offset = 0
  /// The scopes in the order shown: the current context first.
  let order: [ActionScope]

  /// Creates help for a screen whose scopes are `current`, most specific first.
  init(current: [ActionScope]) {
    order = current + ActionScope.allCases.filter { !current.contains($0) }
  }
}
