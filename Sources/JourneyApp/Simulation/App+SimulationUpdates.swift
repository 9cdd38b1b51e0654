import Foundation
import JourneySimulator
import TerminalKit

extension App {
  /// Applies one message of the simulation worker.
  func apply(_ update: SimulationUpdate) {
    guard var simulation = state.simulation else { return }
    switch update {
    case .loading(let folder, let bytes):
      simulation.phase = .loading(folder: folder, bytes: bytes, since: environment.now())
    case .loaded(let contacts, let skipped):
      simulation.phase = .preparing
      let rows = skipped == 0 ? "" : "; skipped \(skipped) bad rows"
      flash("read \(CountText.number(contacts)) contacts\(rows)", skipped == 0 ? .ok : .warning)
    case .frame(let frame):
      guard frame.context.journey.runsLike(simulation.journey) else { return }
      take(frame, into: &simulation)
    case .failed(let reason):
      simulation.phase = .failed(reason)
      simulation.playing = false
      flash(reason, .error)
    case .notice(let text, let severity):
      flash(text, severity)
    case .census(let simulationID, let step, let census):
      state.simulation = simulation
      receive(census, simulationID: simulationID, step: step)
      return
    case .comparing(let text):
      simulation.comparing = text
    case .compared(let comparison, let label):
      simulation.comparison = (comparison, label)
      simulation.comparing = nil
      flash("compared with the \(label): " + CompareView.summary(comparison))
    }
    state.simulation = simulation
  }

  /// Shows a new frame: counts that changed light up, and the end is announced.
  private func take(_ frame: SimulationFrame, into simulation: inout SimulationState) {
    let old = simulation.frame
    let sameRun = old?.context.simulationID == frame.context.simulationID
    let now = environment.now()
    for key in CountChanges.between(sameRun ? old?.report : nil, frame.report) {
      simulation.changed[key] = now
    }
    if !sameRun, frame.report.plannedRuns == 0 {
      let zone = frame.context.zone
      flash(
        "no run of \(frame.report.schedule) falls between "
          + SimulationTime.minute(frame.report.from, in: zone) + " and "
          + SimulationTime.minute(frame.report.to, in: zone)
          + ": widen the span or choose another schedule", .warning)
    }
    simulation.frame = frame
    simulation.phase = .ready
    let wasPlaying = simulation.playing
    if frame.generation >= simulation.command { simulation.playing = frame.playing }
    guard frame.isFinished, sameRun, old?.isFinished == false || wasPlaying,
      frame.generation >= simulation.command
    else { return }
    let runs = frame.report.runs
    flash(
      "the simulation is over: \(runs == 1 ? "1 run" : "\(CountText.number(runs)) runs") to "
        + SimulationTime.short(frame.report.to, in: frame.context.zone)
        + "; r starts it again", .ok)
  }
}
