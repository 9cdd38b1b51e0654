import Foundation
import JourneyModel
import JourneySimulator
import TerminalKit

extension App {
  /// Runs an action of the simulation.
  func performSimulation(_ action: Action) -> Reaction {
    switch action {
    case .simulate: return openSetup()
    case .playPause: return togglePlay()
    case .stepRun: return stepOnce()
    case .runUntil: return askRunUntil()
    case .faster: return changeSpeed(faster: true)
    case .slower: return changeSpeed(faster: false)
    case .restartSimulation: return restartSimulation()
    case .followContact: return askContact()
    case .followFromStep: return chooseContactOnStep()
    case .cycleSimulationView: return cycleView()
    case .compareVersions: return compareWithSaved()
    case .scrollPanelUp: return scrollPanel(by: -5)
    case .scrollPanelDown: return scrollPanel(by: 5)
    default: return leaveSimulation()
    }
  }

  // MARK: - Starting and leaving

  /// Opens the setup form with the simulation's setup, else the one remembered for the
  /// journey.
  private func openSetup() -> Reaction {
    guard let editor = state.editor else { return .none }
    let store = SetupStore(workspace: environment.workspace)
    let setup = state.simulation?.setup ?? store.read(journeyID: editor.journey.id)
    let zone = SimulationTime.zone(named: state.hub.timeZone)
    let span = state.simulation?.frame?.context.plan.data.timeRange.map { range in
      (
        SimulationTime.minute(range.lowerBound, in: zone),
        SimulationTime.minute(range.upperBound, in: zone)
      )
    }
    let form = SetupForm(
      setup: setup, journeyName: editor.journey.name,
      ownSchedule: editor.journey.settings.schedule.description, dataSpan: span)
    state.mode = .simulationSetup(form)
    return .redraw
  }

  /// Starts a simulation of the open journey with `setup` (remembered for the journey).
  func startSimulation(_ setup: SimulationSetup) -> Reaction {
    guard let editor = state.editor else { return .none }
    do {
      try SetupStore(workspace: environment.workspace).write(setup, journeyID: editor.journey.id)
    } catch {
      flash(error.description, .warning)
    }
    let worker = workers.simulation
      ?? SimulationWorker(workspace: environment.workspace, mode: environment.work)
    workers.simulation = worker

    var simulation = SimulationState(setup: setup, journey: editor.journey)
    if let old = state.simulation {
      simulation.speed = old.speed
      simulation.followed = old.followed
      simulation.view = old.view == .compare ? .step : old.view
    }
    worker.control.speed = simulation.speed.runsPerSecond.map(Double.init)
    worker.control.followed = simulation.followed
    state.simulation = simulation
    state.focus = .canvas
    state.simulation?.command = worker.start(editor.journey, setup: setup)
    environment.logger.log(.info, "simulation", "started", [.journey: editor.journey.id])
    return .redraw
  }

  /// Ends the simulation and says where its runs went.
  private func leaveSimulation() -> Reaction {
    let runs = state.simulation?.frame?.report.runs ?? 0
    endSimulation()
    let noun = runs == 1 ? "its run is" : "its \(runs) runs are"
    flash(runs == 0 ? "left the simulation" : "left the simulation: \(noun) in the run history (H)")
    return .redraw
  }

  /// Stops the worker and forgets the simulation.
  func endSimulation() {
    workers.simulation?.stop()
    if let worker = workers.simulation {
      for case .notice(let text, let severity) in worker.mailbox.drain() { flash(text, severity) }
    }
    workers.simulation = nil
    state.simulation = nil
  }

  /// Starts the simulation again on the edited journey when the editor's journey is no
  /// longer the one simulated, and says so; an edit with blocking errors pauses it instead.
  func restartIfEdited() {
    guard var simulation = state.simulation, let editor = state.editor,
      !editor.journey.runsLike(simulation.journey), let worker = workers.simulation
    else { return }
    simulation.journey = editor.journey
    simulation.comparison = nil
    simulation.census = nil
    if let reason = SimulationAvailability.simulate(state) {
      simulation.phase = .failed("the edited journey cannot run: \(reason)")
      simulation.playing = false
      simulation.command = worker.pause()
      state.simulation = simulation
      flash("the simulation stopped: \(reason)", .warning)
      return
    }
    let wasPlaying = simulation.playing
    let clock = simulation.frame?.report.clock
    simulation.phase = .preparing
    simulation.changed = [:]
    state.simulation = simulation
    state.simulation?.command = worker.start(editor.journey, setup: simulation.setup)
    var message = "the journey changed: the simulation started again on the edited version"
    if wasPlaying {
      state.simulation?.command = worker.play()
    } else if let clock {
      state.simulation?.command = worker.run(until: clock)
      message += " and ran up to the same clock"
    }
    flash(message)
  }

  // MARK: - Running

  private func togglePlay() -> Reaction {
    guard var simulation = state.simulation, let worker = workers.simulation else { return .none }
    simulation.playing.toggle()
    simulation.command = simulation.playing ? worker.play() : worker.pause()
    state.simulation = simulation
    return .redraw
  }

  private func stepOnce() -> Reaction {
    guard let worker = workers.simulation else { return .none }
    state.simulation?.playing = false
    state.simulation?.command = worker.step()
    return .redraw
  }

  private func askRunUntil() -> Reaction {
    state.mode = .prompt(Prompt(
      .runUntil, label: "Run until: ", placeholder: "a date or date-time, e.g. 1997-03-01"))
    return .redraw
  }

  /// Carries out every run up to the time typed.
  func runUntil(_ text: String) -> Reaction {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, let worker = workers.simulation else { return .redraw }
    let zone = SimulationTime.zone(named: state.hub.timeZone)
    guard let time = SimulationTime.parse(trimmed, endOfDay: true, zone: zone) else {
      flash(
        "\"\(trimmed)\" is not a date: type one such as 1997-03-01 or 1997-03-01T09:00", .warning)
      return .redraw
    }
    if let frame = state.simulation?.frame, let clock = frame.report.clock, time <= clock {
      flash("the clock is past \(trimmed) already: r starts the simulation again", .warning)
      return .redraw
    }
    state.simulation?.playing = false
    state.simulation?.command = worker.run(until: time)
    return .redraw
  }

  private func changeSpeed(faster: Bool) -> Reaction {
    guard var simulation = state.simulation,
      let speed = faster ? simulation.speed.faster : simulation.speed.slower
    else { return .none }
    simulation.speed = speed
    workers.simulation?.control.speed = speed.runsPerSecond.map(Double.init)
    state.simulation = simulation
    flash("speed: \(speed.text)")
    return .redraw
  }

  private func restartSimulation() -> Reaction {
    guard let simulation = state.simulation else { return .none }
    let reaction = startSimulation(simulation.setup)
    flash("started the simulation again from its start")
    return reaction
  }

  // MARK: - Pane

  private func cycleView() -> Reaction {
    guard var simulation = state.simulation else { return .none }
    let views = SimulationView.allCases.filter {
      $0 != .compare || simulation.comparison != nil || simulation.comparing != nil
    }
    let index = views.firstIndex(of: simulation.view) ?? 0
    simulation.view = views[(index + 1) % views.count]
    simulation.panelOffset = 0
    state.simulation = simulation
    return .redraw
  }

  private func scrollPanel(by delta: Int) -> Reaction {
    guard var simulation = state.simulation else { return .none }
    simulation.panelOffset = max(simulation.panelOffset + delta, 0)
    state.simulation = simulation
    return .redraw
  }

  // MARK: - Comparing

  /// Simulates the saved version (the published copy when there is one, else the file) and
  /// the draft over the simulation's data and span.
  private func compareWithSaved() -> Reaction {
    guard let editor = state.editor, let worker = workers.simulation,
      let frame = state.simulation?.frame, frame.context.journey.runsLike(editor.journey)
    else {
      flash("the simulation is starting again: compare when it is ready", .warning)
      return .redraw
    }
    var saved = editor.savedJourney
    var label = "saved file"
    let published = editor.journey.version > 0
      ? try? environment.workspace.archivedVersion(
        id: editor.journey.id, version: editor.journey.version)
      : nil
    if let published {
      saved = published
      label = "published version \(published.version)"
    }
    guard !saved.runsLike(editor.journey) else {
      flash(
        "nothing to compare: the journey is the same as the \(label); change a step and "
          + "press C again", .warning)
      return .redraw
    }
    worker.compare(saved: saved, label: label, context: frame.context)
    state.simulation?.comparison = nil
    state.simulation?.comparing = "simulating the \(label)"
    state.simulation?.view = .compare
    state.simulation?.panelOffset = 0
    return .redraw
  }
}
