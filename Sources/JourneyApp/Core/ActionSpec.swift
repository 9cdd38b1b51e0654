import TerminalKit

/// One row of the action table: how an action is reached, named and explained, and when it
/// is unavailable.
struct ActionSpec: Sendable {
  /// The action.
  let action: Action
  /// Where its keys work.
  let scope: ActionScope
  /// The default keys; the user's config may replace them.
  let keys: [Key]
  /// The short label the footer shows, empty to keep the action out of the footer.
  let label: String
  /// One sentence for the help overlay and the key docs.
  let help: String
  /// True when the action destroys or publishes something, so it asks first.
  let isDestructive: Bool
  /// Nil when the action can run in `state`, else the reason it cannot, said to the user.
  let unavailable: @Sendable (AppState) -> String?

  /// The help sentence, with "Asks first." for destructive actions.
  var fullHelp: String { isDestructive ? help + " Asks first." : help }

  /// Creates a row; `unavailable` defaults to "always available".
  init(
    _ action: Action, _ scope: ActionScope, keys: [Key], label: String = "", help: String,
    destructive: Bool = false,
    unavailable: @escaping @Sendable (AppState) -> String? = { _ in nil }
  ) {
    self.action = action
    self.scope = scope
    self.keys = keys
    self.label = label
    self.help = help
    self.isDestructive = destructive
    self.unavailable = unavailable
  }
}
