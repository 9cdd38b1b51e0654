import TerminalKit

extension ActionTable {
  /// The rows of the simulation's actions.
  static let simulationSpecs: [ActionSpec] = [
    ActionSpec(
      .simulate, .editor, keys: [.character("S")], label: "simulate",
      help: "Simulate the journey on contact data: choose the data folder, the span and the "
        + "schedule, then watch contacts flow through the steps.",
      unavailable: SimulationAvailability.simulate),
    // TODO: Space plays during a simulation, so branches cannot be folded until it is left.
    ActionSpec(
      .playPause, .simulation, keys: [.character(" ")], label: "play/pause",
      help: "Play the simulation run after run, or pause it.",
      unavailable: SimulationAvailability.playable),
    ActionSpec(
      .stepRun, .simulation, keys: [.character(".")], label: "step",
      help: "Carry out the next run only (pauses first).",
      unavailable: SimulationAvailability.steppable),
    ActionSpec(
      .runUntil, .simulation, keys: [.character("g")], label: "run to",
      help: "Carry out every run up to a date or date-time you type.",
      unavailable: SimulationAvailability.steppable),
    ActionSpec(
      .faster, .simulation, keys: [.character("+")], label: "faster",
      help: "Play faster: 1, 2, 5, 10, 25, 50, 100, 250, 1000 runs a second, then as fast "
        + "as the machine goes.", unavailable: SimulationAvailability.faster),
    ActionSpec(
      .slower, .simulation, keys: [.character("-")], label: "slower",
      help: "Play slower.", unavailable: SimulationAvailability.slower),
    ActionSpec(
      .restartSimulation, .simulation, keys: [.character("r")], label: "restart",
      help: "Start the simulation again from its start (its runs are recorded anew).",
      unavailable: SimulationAvailability.restartable),
    ActionSpec(
      .followContact, .simulation, keys: [.character("f")], label: "follow",
      help: "Follow a contact by id (Tab completes): its path is marked on the canvas and "
        + "listed step by step with times and reasons; an empty id stops following.",
      unavailable: SimulationAvailability.running),
    ActionSpec(
      .followFromStep, .simulation, keys: [.character("F")],
      help: "Choose a contact to follow among those on the selected step now.",
      unavailable: SimulationAvailability.stepSelected),
    ActionSpec(
      .cycleSimulationView, .simulation, keys: [.character("v")], label: "view",
      help: "Switch the simulation pane: the selected step, the followed contact, "
        + "activations and the run log, the comparison.",
      unavailable: SimulationAvailability.open),
    ActionSpec(
      .compareVersions, .simulation, keys: [.character("C")], label: "compare",
      help: "Simulate the saved version (the published one, else the file) and the draft on "
        + "the same data and span, and show per step what the change does.",
      unavailable: SimulationAvailability.running),
    ActionSpec(
      .scrollPanelUp, .simulation, keys: [.character("<")],
      help: "Scroll the simulation pane up.", unavailable: SimulationAvailability.open),
    ActionSpec(
      .scrollPanelDown, .simulation, keys: [.character(">")],
      help: "Scroll the simulation pane down.", unavailable: SimulationAvailability.open),
    ActionSpec(
      .leaveSimulation, .simulation, keys: [.escape], label: "leave",
      help: "Leave the simulation and go back to editing; its runs stay in the run history.",
      unavailable: SimulationAvailability.open),
  ]

  /// The rows of the run history's actions.
  static let historySpecs: [ActionSpec] = [
    ActionSpec(
      .openHistory, .global, keys: [.character("H")], label: "history",
      help: "Show the run history of the open journey (on the list: the selected one), "
        + "simulated runs marked.", unavailable: SimulationAvailability.history),
    ActionSpec(
      .showRunSteps, .history, keys: [.enter], label: "step counts",
      help: "Show the contacts on each step at the end of the highlighted run.",
      unavailable: SimulationAvailability.historyRow),
    ActionSpec(
      .closeHistory, .history, keys: [.character("q"), .escape], label: "back",
      help: "Go back to where the run history was opened from."),
  ]
}
