import JourneyEngine
import JourneySimulator

/// One simulation in progress on the worker: the simulator and what the frames carry
/// besides its counts (run times, log, activations over time). Used only on the worker's
/// queue.
final class SimulationRun {
  /// What is simulated.
  let context: SimulationContext
  /// The simulator, the only source of counts.
  let simulator: Simulator
  private var runTimes: [Int64] = []
  private var log: [RunSummary] = []
  private var lastRun: RunSummary?
  private var series: ActivationSeries

  /// A simulation of `context` before its first run.
  init(_ context: SimulationContext) {
    self.context = context
    simulator = Simulator(plan: context.plan, options: context.options)
    series = ActivationSeries(
      from: context.options.from, to: context.options.to,
      destinations: context.plan.destinations)
  }

  /// Carries out the next run and hands it to `recorder`; false when the simulation is
  /// over.
  func runOnce(_ recorder: HistoryRecorder) -> Bool {
    guard let result = simulator.step() else { return false }
    runTimes.append(result.runAt)
    let summary = RunSummary(result, number: runTimes.count, plan: context.plan)
    lastRun = summary
    if !summary.isQuiet {
      log.append(summary)
      if log.count > SimulationFrame.logLimit {
        log.removeFirst(log.count - SimulationFrame.logLimit)
      }
    }
    series.add(at: result.runAt, result.activationsPerDestination)
    recorder.add(result, context)
    return true
  }

  /// The picture now, with the path of contact `followed` when it is in the data, posted
  /// by command `generation`.
  func frame(followed: String?, playing: Bool, _ generation: Int) -> SimulationFrame {
    // TODO: the followed path is replayed for every frame, dearer with many real-time runs.
    SimulationFrame(
      context: context, report: simulator.snapshot(), runTimes: runTimes,
      nextRun: simulator.nextRunTime, log: log, lastRun: lastRun, series: series,
      trace: followed.flatMap { simulator.trace(contactID: $0) }, playing: playing,
      generation: generation)
  }
}
