import Foundation
import TerminalKit

extension App {
  /// How long the run loop waits for a key, in milliseconds: short while a simulation moves
  /// (so the screen follows it at twenty frames a second or more), long when all is still.
  public var frameInterval: Int {
    state.simulation?.isLive == true || workers.history != nil ? 50 : AppRunner.frameInterval
  }

  /// Takes what the background work posted since the last frame, and lets highlights fade.
  /// Returns `.redraw` when the screen changed.
  func tickBackgroundWork() -> Reaction {
    var reaction = applyPostedWork()
    if fadeHighlights() { reaction = .redraw }
    if case .loading = state.simulation?.phase { reaction = .redraw }
    if state.simulation?.comparing != nil { reaction = .redraw }
    return reaction
  }

  /// After an event: ends the simulation when its journey was closed, restarts it when the
  /// journey was edited, stops the worker on quit, and takes what the work posted.
  func settleBackgroundWork(after reaction: Reaction) -> Reaction {
    if reaction == .quit {
      endSimulation()
      return .quit
    }
    if state.simulation != nil, state.editor == nil { endSimulation() }
    restartIfEdited()
    let posted = applyPostedWork()
    return reaction == .none ? posted : reaction
  }

  /// Applies every message the workers posted; `.redraw` when there was any.
  private func applyPostedWork() -> Reaction {
    var changed = false
    if let worker = workers.simulation {
      for update in worker.mailbox.drain() {
        apply(update)
        changed = true
      }
    }
    if let loader = workers.history {
      for update in loader.mailbox.drain() {
        apply(update)
        changed = true
      }
    }
    return changed ? .redraw : .none
  }

  /// Forgets highlights older than a moment; true when one went.
  private func fadeHighlights() -> Bool {
    guard var simulation = state.simulation, !simulation.changed.isEmpty else { return false }
    let now = environment.now()
    let before = simulation.changed.count
    simulation.changed = simulation.changed.filter {
      now.timeIntervalSince($0.value) < SimulationState.highlightSeconds
    }
    guard simulation.changed.count != before else { return false }
    state.simulation = simulation
    return true
  }
}
