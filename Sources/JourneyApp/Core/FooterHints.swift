import TerminalKit

/// The footer's key hints, read from the action table for the current screen and mode.
enum FooterHints {
  /// The footer for `state`.
  static func footer(_ state: AppState, _ bindings: KeyBindings) -> Footer {
    let help = KeyHint(
      key: bindings.keys(for: .help).first.map(KeyBindings.display) ?? "?",
      label: "help")
    switch state.mode {
    case .prompt(let prompt):
      var hints = [KeyHint(key: "enter", label: "ok"), KeyHint(key: "esc", label: "cancel")]
      if case .command = prompt.purpose {
        hints += [KeyHint(key: "tab", label: "complete"), KeyHint(key: "up", label: "history")]
      }
      return Footer(hints: hints)
    case .dialog:
      return Footer(hints: [
        KeyHint(key: "left/right", label: "choose"), KeyHint(key: "enter", label: "ok"),
        KeyHint(key: "esc", label: "cancel"),
      ])
    case .picker:
      return Footer(hints: [
        KeyHint(key: "up/down", label: "move"), KeyHint(key: "enter", label: "choose"),
        KeyHint(key: "esc", label: "cancel"), KeyHint(key: "type", label: "to filter"),
      ])
    case .simulationSetup:
      return Footer(hints: [
        KeyHint(key: "up/down", label: "move"), KeyHint(key: "type", label: "to edit"),
        KeyHint(key: "enter", label: "start"), KeyHint(key: "esc", label: "cancel"),
      ])
    case .help:
      return Footer(hints: [
        KeyHint(key: "type", label: "to filter"), KeyHint(key: "up/down", label: "scroll"),
        KeyHint(key: "esc", label: "close"),
      ])
    case .normal:
      return Footer(hints: actionHints(state, bindings), trailing: [help])
    }
  }

  private static func actionHints(_ state: AppState, _ bindings: KeyBindings) -> [KeyHint] {
    var hints: [KeyHint] = []
    for scope in state.scopes {
      for spec in ActionTable.specs where spec.scope == scope && !spec.label.isEmpty {
        guard spec.action != .help, spec.unavailable(state) == nil,
          let key = bindings.keys(for: spec.action).first,
          !hints.contains(where: { $0.label == spec.label })
        else { continue }
        if state.screen != .list, spec.action == .quit { continue }
        hints.append(KeyHint(key: KeyBindings.display(key), label: spec.label))
      }
    }
    return hints
  }
}
