/// The work the application runs off the UI thread.
struct BackgroundWorkers {
  /// The live simulation's worker, while a simulation is open.
  var simulation: SimulationWorker?
  /// The reader of the run history, while the history screen loads.
  var history: HistoryLoader?
}
