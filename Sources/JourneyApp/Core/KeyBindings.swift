import TerminalKit

/// The keys of every action: the table's defaults with the user's remaps applied, and the
/// lookup from a key to the action it triggers in the current scopes.
struct KeyBindings: Sendable {
  private let keysByAction: [Action: [Key]]
  private let actionsByScope: [ActionScope: [Key: Action]]

  /// The defaults, with `remaps` replacing the keys of the actions they name (an empty list
  /// unbinds an action).
  init(remaps: [Action: [Key]] = [:]) {
    var keys: [Action: [Key]] = [:]
    for spec in ActionTable.specs { keys[spec.action] = remaps[spec.action] ?? spec.keys }
    keysByAction = keys

    var byScope: [ActionScope: [Key: Action]] = [:]
    for spec in ActionTable.specs {
      for key in keys[spec.action] ?? [] where byScope[spec.scope]?[key] == nil {
        byScope[spec.scope, default: [:]][key] = spec.action
      }
    }
    actionsByScope = byScope
  }

  /// The keys of `action`, first the one the footer shows.
  func keys(for action: Action) -> [Key] {
    keysByAction[action] ?? []
  }

  /// The action `key` triggers, looking in `scopes` in order.
  func action(for key: Key, in scopes: [ActionScope]) -> Action? {
    for scope in scopes {
      if let action = actionsByScope[scope]?[key] { return action }
    }
    return nil
  }

  /// The keys of `action` as shown to users: "j, down".
  func keyText(for action: Action) -> String {
    keys(for: action).map(KeyBindings.display).joined(separator: ", ")
  }

  /// How a key is shown in the footer and help: its name, with Space spelled out.
  static func display(_ key: Key) -> String {
    key.name
  }
}
