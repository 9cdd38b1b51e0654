import JourneySimulator
import TerminalKit

extension App {
  /// Handles a key while the simulation setup form is open: Start checks the times and the
  /// schedule before anything is read, and says in the form what is wrong.
  func handleSetupKey(_ key: Key, _ form: SetupForm) -> Reaction {
    var form = form
    switch form.handle(key) {
    case nil:
      state.mode = .simulationSetup(form)
      return .redraw
    case .cancel:
      state.mode = .normal
      return .redraw
    case .submit:
      let setup = form.setup
      do {
        try setup.check(zone: SimulationTime.zone(named: state.hub.timeZone))
      } catch {
        form.error = error.description
        state.mode = .simulationSetup(form)
        return .redraw
      }
      state.mode = .normal
      return startSimulation(setup)
    }
  }
}
