import TerminalKit

/// What takes the keys before the panes do: nothing, a prompt, a dialog, a picker or help.
enum Mode {
  /// Keys go to the focused pane.
  case normal
  /// A one-line text prompt in the status line.
  case prompt(Prompt)
  /// A modal dialog.
  case dialog(DialogState)
  /// A list of choices with a filter.
  case picker(Picker)
  /// The help overlay.
  case help(HelpState)
  /// The simulation setup form.
  case simulationSetup(SetupForm)

  /// True when keys go to the panes.
  var isNormal: Bool {
    if case .normal = self { return true }
    return false
  }
}
