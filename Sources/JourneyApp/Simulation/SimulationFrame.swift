import JourneySimulator

/// An immutable picture of a live simulation, posted by the worker after runs: the counts,
/// what the last runs did, the activations over time and the followed contact's path.
struct SimulationFrame: Sendable {
  /// The most runs the log keeps.
  static let logLimit = 200

  /// What is simulated.
  let context: SimulationContext
  /// The counts now.
  let report: SimulationReport
  /// The times of the runs done, in order.
  let runTimes: [Int64]
  /// The time of the next run, nil when the simulation is over.
  let nextRun: Int64?
  /// The latest runs that did something, oldest first.
  let log: [RunSummary]
  /// The last run, even when it did nothing; nil before the first.
  let lastRun: RunSummary?
  /// Activations per destination over time.
  let series: ActivationSeries
  /// The followed contact's path, when one is followed and is in the data.
  let trace: ContactTrace?
  /// True while the worker plays runs one after another.
  let playing: Bool
  /// The command that posted it (0 for a refresh); frames of older commands do not say
  /// whether the simulation plays.
  let generation: Int

  /// True when every run is done.
  var isFinished: Bool { nextRun == nil }
}
