/// Everything a user can ask the application to do. Each action has one row in
/// `ActionTable`, which gives its keys, footer label, help text and availability.
///
/// The raw value is the name used in the config file's key remaps and in the key docs.
public enum Action: String, CaseIterable, Hashable, Sendable {
  // MARK: General
  /// Shows the help overlay.
  case help
  /// Quits the program (asks first when a journey has unsaved changes).
  case quit
  /// Opens the `:` command line.
  case commandLine = "command-line"
  /// Backs out of anything transient: a search, a pane, a message.
  case cancel
  /// Moves the focus to the next pane.
  case nextPane = "next-pane"
  /// Moves the focus to the previous pane.
  case previousPane = "previous-pane"
  /// Paints the whole screen again.
  case redrawScreen = "redraw-screen"

  // MARK: Moving
  /// Selects the row above.
  case moveUp = "move-up"
  /// Selects the row below.
  case moveDown = "move-down"
  /// Canvas: selects the parent step.
  case moveLeft = "move-left"
  /// Canvas: selects the first step after the selection.
  case moveRight = "move-right"
  /// Selects the first row.
  case moveTop = "move-top"
  /// Selects the last row.
  case moveBottom = "move-bottom"
  /// Moves one page up.
  case pageUp = "page-up"
  /// Moves one page down.
  case pageDown = "page-down"
  /// Moves half a page up.
  case halfPageUp = "half-page-up"
  /// Moves half a page down.
  case halfPageDown = "half-page-down"

  // MARK: Journeys list
  /// Opens the selected journey on the canvas.
  case openJourney = "open-journey"
  /// Creates a draft journey (asks for its name).
  case createJourney = "create-journey"
  /// Copies the selected journey as a new draft.
  case duplicateJourney = "duplicate-journey"
  /// Renames the selected journey.
  case renameJourney = "rename-journey"
  /// Deletes the selected journey's file (asks first).
  case deleteJourney = "delete-journey"
  /// Sorts the list by the next column: name, status, last updated.
  case cycleSort = "cycle-sort"
  /// Filters the list by name or id.
  case filterList = "filter-list"

  // MARK: Journey editor
  /// Saves the journey file.
  case save
  /// Undoes the last change.
  case undo
  /// Redoes the last undone change.
  case redo
  /// Closes the journey and goes back to the list (asks when there are unsaved changes).
  case closeJourney = "close-journey"
  /// Focuses the canvas.
  case focusCanvas = "focus-canvas"
  /// Focuses the inspector.
  case focusInspector = "focus-inspector"
  /// Focuses the problems pane.
  case focusProblems = "focus-problems"
  /// Shows or hides the problems pane.
  case toggleProblems = "toggle-problems"
  /// Selects the step of the next problem.
  case nextProblem = "next-problem"
  /// Selects the step of the previous problem.
  case previousProblem = "previous-problem"
  /// Searches steps by name or summary.
  case searchSteps = "search-steps"
  /// Selects the next search match.
  case searchNext = "search-next"
  /// Selects the previous search match.
  case searchPrevious = "search-previous"

  // MARK: Canvas
  /// Adds a step after the selection, or on the selected empty path.
  case addStep = "add-step"
  /// Inserts a step before the selection, on the path that leads to it.
  case insertStep = "insert-step"
  /// Deletes the selected step with the steps after it (asks first).
  case deleteStep = "delete-step"
  /// Moves the focus to the inspector to edit the selected step.
  case editStep = "edit-step"
  /// Cuts the selected step and the steps after it.
  case cutStep = "cut-step"
  /// Pastes the cut steps after the selection or on the selected empty path.
  case pasteStep = "paste-step"
  /// Folds or unfolds the branches of a Segment or Pause Until.
  case toggleCollapse = "toggle-collapse"
  /// Moves the Segment group holding the selection up.
  case moveGroupUp = "move-group-up"
  /// Moves the Segment group holding the selection down.
  case moveGroupDown = "move-group-down"

  // MARK: Inspector
  /// Edits the selected field.
  case editField = "edit-field"
  /// Flips the selected on/off field.
  case toggleField = "toggle-field"
  /// Removes the selected list item.
  case removeItem = "remove-item"
  /// Moves the selected list item up.
  case moveItemUp = "move-item-up"
  /// Moves the selected list item down.
  case moveItemDown = "move-item-down"

  // MARK: Problems
  /// Selects the step of the highlighted problem on the canvas.
  case goToProblem = "go-to-problem"

  // MARK: Lifecycle
  /// Publishes a Draft through the checklist.
  case publish
  /// Pauses an Active journey.
  case pause
  /// Resumes a Paused journey through the checklist.
  case resume

  // MARK: Simulation
  /// Opens the simulation setup: data folder, span and schedule, then simulates live.
  case simulate
  /// Plays or pauses the simulation.
  case playPause = "play-pause"
  /// Carries out one run of the simulation.
  case stepRun = "step-run"
  /// Carries out every run up to a date.
  case runUntil = "run-until"
  /// Plays faster.
  case faster
  /// Plays slower.
  case slower
  /// Starts the simulation again from its start.
  case restartSimulation = "restart-simulation"
  /// Follows a contact by id: its path is marked on the canvas and listed in the pane.
  case followContact = "follow-contact"
  /// Follows one of the contacts on the selected step.
  case followFromStep = "follow-from-step"
  /// Shows the next view of the simulation pane.
  case cycleSimulationView = "cycle-simulation-view"
  /// Compares the saved version with the edited draft on the same data.
  case compareVersions = "compare-versions"
  /// Scrolls the simulation pane up.
  case scrollPanelUp = "scroll-panel-up"
  /// Scrolls the simulation pane down.
  case scrollPanelDown = "scroll-panel-down"
  /// Leaves the simulation.
  case leaveSimulation = "leave-simulation"

  // MARK: Run history
  /// Shows the run history of a journey.
  case openHistory = "open-history"
  /// Shows the step counts of the highlighted run.
  case showRunSteps = "show-run-steps"
  /// Goes back from the run history.
  case closeHistory = "close-history"
}
