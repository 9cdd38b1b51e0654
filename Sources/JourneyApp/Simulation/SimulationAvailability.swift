import JourneyModel

/// The reasons the simulation's and the run history's actions cannot run now. Each
/// returns nil when the action can run.
enum SimulationAvailability {
  /// A journey without blocking errors must be open.
  static func simulate(_ state: AppState) -> String? {
    guard let editor = state.editor else { return "open a journey first: press Enter on the list" }
    let errors = editor.problems.filter(\.isError).count
    guard errors == 0 else {
      let noun = errors == 1 ? "1 blocking error" : "\(errors) blocking errors"
      return "the journey has \(noun): fix them first (] jumps to the next)"
    }
    return nil
  }

  /// A simulation must be open.
  static func open(_ state: AppState) -> String? {
    state.simulation == nil ? "no simulation: press S on the canvas to start one" : nil
  }

  /// A simulation must have its data loaded and its journey compiled.
  static func running(_ state: AppState) -> String? {
    guard let simulation = state.simulation else { return open(state) }
    switch simulation.phase {
    case .loading: return "the data is still loading"
    case .preparing: return "the simulation is getting ready"
    case .failed(let reason): return "the simulation stopped: \(reason)"
    case .ready: return nil
    }
  }

  /// The simulation must have runs left, or be playing.
  static func playable(_ state: AppState) -> String? {
    if let reason = running(state) { return reason }
    guard let simulation = state.simulation, !simulation.playing else { return nil }
    return finished(simulation)
  }

  /// The simulation must have runs left.
  static func steppable(_ state: AppState) -> String? {
    if let reason = running(state) { return reason }
    return state.simulation.flatMap(finished)
  }

  /// The simulation must be able to start again.
  static func restartable(_ state: AppState) -> String? {
    guard let simulation = state.simulation else { return open(state) }
    if case .loading = simulation.phase { return "the data is still loading" }
    return nil
  }

  /// There must be a faster speed.
  static func faster(_ state: AppState) -> String? {
    guard let simulation = state.simulation else { return open(state) }
    return simulation.speed.faster == nil ? "already as fast as the machine goes" : nil
  }

  /// There must be a slower speed.
  static func slower(_ state: AppState) -> String? {
    guard let simulation = state.simulation else { return open(state) }
    return simulation.speed.slower == nil ? "already at the slowest: 1 run a second" : nil
  }

  /// A step must be selected on a running simulation.
  static func stepSelected(_ state: AppState) -> String? {
    if let reason = running(state) { return reason }
    return state.editor?.selection.stepID == nil ? "select a step, not an empty path" : nil
  }

  /// A journey must be open or selected.
  static func history(_ state: AppState) -> String? {
    switch state.screen {
    case .editor: return state.editor == nil ? "open a journey first" : nil
    case .list: return Availability.readable(state)
    case .history: return "the run history is shown already"
    }
  }

  /// A run must be highlighted in the history.
  static func historyRow(_ state: AppState) -> String? {
    guard let history = state.history else { return "no run history is shown" }
    return history.selectedRun == nil ? "no run is recorded for this journey yet" : nil
  }

  private static func finished(_ simulation: SimulationState) -> String? {
    guard let frame = simulation.frame, frame.isFinished else { return nil }
    return "the simulation is over: r starts it again"
  }
}
