import Dispatch
import Foundation
import JourneyEngine
import JourneyModel
import JourneySimulator

/// Carries out a live simulation off the UI thread: reads the data, runs the simulator, and
/// posts an immutable frame after runs (at most about twenty a second while playing), plus
/// census and comparison results from a second queue. Commands return at once; a new
/// command stops the loop of the one before it after its current run.
///
/// Everything below "Worker state" is touched only on `queue`.
final class SimulationWorker: @unchecked Sendable {
  /// The least time between two frames while playing, in seconds.
  static let frameInterval = 0.05

  /// Where the UI thread collects the worker's messages.
  let mailbox = Mailbox<SimulationUpdate>()
  /// Flags shared with the UI thread.
  let control = SimulationControl()
  private let queue: any WorkQueue
  private let sideQueue: any WorkQueue
  private let pacer: any Pacer
  private let workspace: Workspace

  // MARK: Worker state
  private var loaded: (folder: URL?, skipBadRows: Bool, data: ContactData)?
  private var current: SimulationRun?
  private let recorder: HistoryRecorder

  /// A worker for `workspace` whose queues and pacing follow `mode`.
  init(workspace: Workspace, mode: WorkMode) {
    self.workspace = workspace
    queue = mode.makeQueue("journey.simulation")
    sideQueue = mode.makeQueue("journey.simulation.side")
    pacer = mode.makePacer()
    recorder = HistoryRecorder(workspace: workspace.root)
  }

  // MARK: - Commands (from the UI thread)

  /// Starts (or starts again) a simulation of `journey` with `setup`, reading the data
  /// unless the same folder is read already.
  @discardableResult
  func start(_ journey: Journey, setup: SimulationSetup) -> Int {
    let generation = interrupt()
    queue.async { [self] in begin(journey, setup, generation) }
    return generation
  }

  /// Carries out the next run; every step asked for is carried out, in order.
  @discardableResult
  func step() -> Int {
    let generation = interrupt()
    queue.async { [self] in
      guard let current, control.isOpen else { return }
      _ = current.runOnce(recorder)
      finishCommand(current, generation)
    }
    return generation
  }

  /// Plays runs one after another at the control's speed until paused or over.
  @discardableResult
  func play() -> Int {
    let generation = interrupt()
    queue.async { [self] in
      guard let current else { return }
      loop(current, generation, until: nil)
    }
    return generation
  }

  /// Stops playing after the current run.
  @discardableResult
  func pause() -> Int {
    interrupt()
  }

  /// Carries out every run up to `time`, as fast as possible.
  @discardableResult
  func run(until time: Int64) -> Int {
    let generation = interrupt()
    queue.async { [self] in
      guard let current else { return }
      loop(current, generation, until: time)
    }
    return generation
  }

  /// Posts a fresh frame (after the followed contact changed).
  func refresh() {
    queue.async { [self] in
      guard let current else { return }
      mailbox.post(.frame(current.frame(followed: control.followed, playing: false, 0)))
    }
  }

  /// Finds the contacts on every step after the runs of `frame`, for step `step`.
  func census(of frame: SimulationFrame, for step: StepID) {
    // TODO: a census asked for during a comparison waits until the comparison is done.
    let context = frame.context
    let times = frame.runTimes
    sideQueue.async { [self] in
      let census = StepCensus(
        plan: context.plan, publishedAt: context.options.from, runTimes: times, limit: 500)
      mailbox.post(.census(simulationID: context.simulationID, step: step, census))
    }
  }

  /// Simulates `saved` and the draft of `context` over the same data and span and posts
  /// their comparison; `label` names the saved version in messages.
  func compare(saved: Journey, label: String, context: SimulationContext) {
    let hub = workspace.hub
    sideQueue.async { [self] in
      do {
        let savedReport = try simulateAll(saved, "the \(label)", hub, context)
        let draftReport = try simulateAll(context.journey, "the draft", hub, context)
        guard let savedReport, let draftReport else { return }
        let comparison = ReportComparison(saved: savedReport, draft: draftReport)
        mailbox.post(.compared(comparison, label: label))
      } catch {
        mailbox.post(.notice("cannot simulate the \(label) to compare: \(error)", .error))
      }
    }
  }

  /// Ends the session: stops every loop, writes the runs still gathered and closes the
  /// history. Waits up to two seconds for the worker in the program, so nothing is lost on
  /// quit.
  func stop() {
    // TODO: on quit, runs still unwritten after two seconds (a very slow run) are lost.
    _ = interrupt()
    control.close()
    let done = DispatchSemaphore(value: 0)
    queue.async { [self] in
      if let message = recorder.close() { mailbox.post(.notice(message, .error)) }
      done.signal()
    }
    _ = done.wait(timeout: .now() + 2)
  }

  /// Starts a new command and ends any wait between runs.
  private func interrupt() -> Int {
    let generation = control.bump()
    pacer.interrupt()
    return generation
  }

  // MARK: - Work (on the queue)

  private func begin(_ journey: Journey, _ setup: SimulationSetup, _ generation: Int) {
    if let message = recorder.flush() { mailbox.post(.notice(message, .error)) }
    current = nil
    do {
      let data = try load(setup)
      guard control.isCurrent(generation) else { return }
      let zone = SimulationTime.zone(named: workspace.hub.timeZone)
      let options = try setup.options(zone: zone, dataRange: data.timeRange)
      let plan = try ExecutionPlan(journey: journey, hub: workspace.hub, data: data)
      let id = "\(journey.id)-\(UUID().uuidString.lowercased().prefix(8))"
      let context = SimulationContext(
        journey: journey, plan: plan, options: options, setup: setup, simulationID: id)
      let run = SimulationRun(context)
      current = run
      mailbox.post(.frame(run.frame(followed: control.followed, playing: false, generation)))
    } catch {
      mailbox.post(.failed("\(error)"))
    }
  }

  /// The data of `setup`'s folder, read again only when the folder or the bad-row choice
  /// changed.
  private func load(_ setup: SimulationSetup) throws -> ContactData {
    let folder = setup.dataFolderURL(workspace: workspace.root)
    if let loaded, loaded.folder == folder, loaded.skipBadRows == setup.skipBadRows {
      return loaded.data
    }
    // TODO: the loader reports no progress, so loading shows time spent and size, not a share.
    let shown = folder ?? workspace.root.appendingPathComponent("data")
    mailbox.post(.loading(
      folder: Workspace.displayPath(shown), bytes: SimulationWorker.size(of: shown)))
    loaded = nil
    let data = try ContactData.load(
      workspace: workspace.root, hub: workspace.hub, dataFolder: folder,
      options: LoadOptions(skipBadRows: setup.skipBadRows))
    loaded = (folder, setup.skipBadRows, data)
    mailbox.post(.loaded(contacts: data.contactCount, skippedRows: data.report.skippedCount))
    return data
  }

  /// Runs until the command is no longer current, the simulation is over, or the next run
  /// is after `time`; paced by the control's speed when `time` is nil.
  private func loop(_ current: SimulationRun, _ generation: Int, until time: Int64?) {
    var lastFrame = DispatchTime.now()
    mailbox.post(.frame(current.frame(followed: control.followed, playing: true, generation)))
    while control.isCurrent(generation) {
      if let time, let next = current.simulator.nextRunTime, next > time { break }
      let started = DispatchTime.now()
      guard current.runOnce(recorder) else { break }
      if SimulationWorker.seconds(since: lastFrame) >= SimulationWorker.frameInterval {
        mailbox.post(.frame(current.frame(
          followed: control.followed, playing: true, generation)))
        if let message = recorder.flushIfDue() { mailbox.post(.notice(message, .error)) }
        lastFrame = DispatchTime.now()
      }
      if time == nil, let speed = control.speed {
        pacer.wait(seconds: 1 / speed - SimulationWorker.seconds(since: started))
      }
    }
    finishCommand(current, generation)
  }

  /// Writes the gathered runs and posts the frame a finished command leaves.
  private func finishCommand(_ current: SimulationRun, _ generation: Int) {
    if let message = recorder.flush() { mailbox.post(.notice(message, .error)) }
    mailbox.post(.frame(current.frame(followed: control.followed, playing: false, generation)))
  }

  /// The report of every run of `journey` over `context`'s data and span; nil when the
  /// session closed meanwhile.
  private func simulateAll(
    _ journey: Journey, _ name: String, _ hub: Hub, _ context: SimulationContext
  ) throws -> SimulationReport? {
    let simulator = try Simulator(
      journey: journey, hub: hub, data: context.plan.data, options: context.options)
    var lastPost = DispatchTime.now()
    var runs = 0
    while control.isOpen, simulator.step() != nil {
      runs += 1
      if SimulationWorker.seconds(since: lastPost) >= 0.2 {
        let planned = simulator.snapshot().plannedRuns.map { " of \($0)" } ?? ""
        mailbox.post(.comparing("simulating \(name): run \(runs)\(planned)"))
        lastPost = DispatchTime.now()
      }
    }
    return control.isOpen ? simulator.snapshot() : nil
  }

  private static func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }

  /// The bytes of the files directly in `folder` (0 when it cannot be listed).
  private static func size(of folder: URL) -> Int64 {
    let files = (try? FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: [.fileSizeKey])) ?? []
    return files.reduce(0) { total, file in
      total + Int64((try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
    }
  }
}
