/// The screen the application shows.
enum Screen: Hashable, Sendable {
  /// The journeys of the workspace.
  case list
  /// One journey open on the canvas.
  case editor
  /// The run history of one journey.
  case history
}

/// The pane that has the keyboard.
enum Pane: Hashable, Sendable, CaseIterable {
  /// The journeys list.
  case list
  /// The canvas of steps.
  case canvas
  /// The form of the selected step.
  case inspector
  /// The list of validation problems.
  case problems

  /// The scope whose keys work while the pane has the focus.
  var scope: ActionScope {
    switch self {
    case .list: return .list
    case .canvas: return .canvas
    case .inspector: return .inspector
    case .problems: return .problems
    }
  }
}
