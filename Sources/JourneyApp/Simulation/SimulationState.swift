import Foundation
import JourneyModel
import JourneySimulator

/// The live simulation as the UI shows it: the last frame the worker posted, what is
/// highlighted, the pane's view, and the choices made (speed, followed contact).
struct SimulationState {
  /// Where the simulation stands.
  enum Phase: Equatable {
    /// Reading the data from a folder (`bytes` in all) since `since`.
    case loading(folder: String, bytes: Int64, since: Date)
    /// Compiling the journey or waiting for the first frame.
    case preparing
    /// Frames arrive.
    case ready
    /// It cannot go on, and why.
    case failed(String)
  }

  /// How long a changed count stays highlighted, in seconds.
  static let highlightSeconds = 1.0

  /// The setup in use.
  var setup: SimulationSetup
  /// The journey as simulated; an edit makes the editor's differ, which restarts it.
  var journey: Journey
  /// Where it stands.
  var phase: Phase = .preparing
  /// The latest frame.
  var frame: SimulationFrame?
  /// True while playing (set at once on Space, before the worker confirms).
  var playing = false
  /// The latest command given to the worker; older frames do not say whether it plays.
  var command = 0
  /// The playing speed.
  var speed = SimulationSpeed.standard
  /// What the simulation pane shows.
  var view: SimulationView = .step
  /// The contact whose path is followed.
  var followed: String?
  /// Counts that changed, with the moment they did.
  var changed: [CountKey: Date] = [:]
  /// The latest census: the simulation and run count it is for, and who is on each step.
  var census: StepCensus?
  /// The simulation the census belongs to.
  var censusSimulation: String?
  /// The step whose contacts were asked for, while the census is being made.
  var censusWanted: StepID?
  /// The latest comparison with the saved version, and the saved version's name.
  var comparison: (result: ReportComparison, label: String)?
  /// What the comparison in progress is doing, nil when none is.
  var comparing: String?
  /// The first line shown in the simulation pane.
  var panelOffset = 0

  /// True while the worker is busy or the screen must keep moving (loading, playing).
  var isLive: Bool {
    if playing { return true }
    switch phase {
    case .loading, .preparing: return true
    default: return comparing != nil || censusWanted != nil
    }
  }

  /// True when `key` changed less than a moment before `now`.
  func isHighlighted(_ key: CountKey, at now: Date) -> Bool {
    guard let when = changed[key] else { return false }
    return now.timeIntervalSince(when) < SimulationState.highlightSeconds
  }
}

/// What the simulation pane shows.
enum SimulationView: String, CaseIterable, Hashable, Sendable {
  /// The selected step's counts.
  case step
  /// The followed contact's path.
  case contact
  /// Activations over time and the log of the last runs.
  case activations
  /// The comparison of the saved version with the draft.
  case compare

  /// The pane's title.
  var title: String {
    switch self {
    case .step: return "step"
    case .contact: return "contact"
    case .activations: return "activations and log"
    case .compare: return "compare"
    }
  }
}
