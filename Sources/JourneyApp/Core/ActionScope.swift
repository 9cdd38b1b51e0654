/// Where an action's keys work: a pane, or everywhere.
///
/// Keys are looked up in the focused pane's scope first, then in the editor scope (while a
/// journey is open), then globally, so one key can mean different things in different panes.
public enum ActionScope: String, CaseIterable, Hashable, Sendable {
  /// The journeys list.
  case list
  /// The canvas of steps.
  case canvas
  /// The inspector of the selected step.
  case inspector
  /// The list of validation problems.
  case problems
  /// Any pane while a journey is open.
  case editor
  /// The canvas while a simulation runs on it.
  case simulation
  /// The run history screen.
  case history
  /// Every screen.
  case global

  /// The title used in help and in the key docs.
  public var title: String {
    switch self {
    case .list: return "Journeys list"
    case .canvas: return "Canvas"
    case .inspector: return "Inspector"
    case .problems: return "Problems"
    case .editor: return "Journey editor"
    case .simulation: return "Simulation"
    case .history: return "Run history"
    case .global: return "Everywhere"
    }
  }
}
