import Foundation
import JourneyEngine
import JourneyModel
import TextFormats

/// Runs a journey over contact data on a simulated clock, from a start time (taken as the
/// publish time) to an end time, both included: at the schedule's run times, at explicit
/// times, or in real time (whenever something is due). Step through one run at a time or
/// run to the end; take immutable report snapshots at any moment, from any thread.
public final class Simulator: @unchecked Sendable {
  /// The compiled journey.
  public let plan: ExecutionPlan
  /// What is simulated.
  public let options: SimulationOptions
  /// The schedule used.
  public let schedule: Schedule

  private let lock = NSLock()
  private let shards: Shards
  private let planned: [Int64]?
  private var nextIndex = 0
  private var executed: [Int64] = []
  private let tree: [(depth: Int, via: String?)]

  /// Contacts below which one engine does all the work (threads would cost more than they
  /// save).
  static let contactsPerShard = 50_000
  /// The most engines run side by side.
  static let maximumShards = 8

  /// Compiles `journey` for `data` and prepares the simulation.
  public convenience init(
    journey: Journey, hub: Hub, data: ContactData, options: SimulationOptions
  ) throws(EngineError) {
    self.init(plan: try ExecutionPlan(journey: journey, hub: hub, data: data), options: options)
  }

  /// Prepares the simulation of `plan`.
  public init(plan: ExecutionPlan, options: SimulationOptions) {
    self.plan = plan
    self.options = options
    schedule = options.schedule ?? plan.journey.settings.schedule
    let count = plan.data.contactCount
    let automatic = schedule == .realTime || count < Simulator.contactsPerShard
      ? 1 : min(Simulator.maximumShards, ProcessInfo.processInfo.activeProcessorCount)
    let pieces = max(1, min(options.shards ?? automatic, max(1, count)))
    shards = Shards((0..<max(1, pieces)).map { piece in
      let range = Int32(count * piece / pieces)..<Int32(count * (piece + 1) / pieces)
      return JourneyEngine(plan: plan, publishedAt: options.from, contacts: range)
    })
    if let times = options.runTimes {
      planned = Array(Set(times.filter { $0 >= options.from && $0 <= options.to })).sorted()
    } else if schedule == .realTime {
      planned = nil
    } else {
      planned = RunTimes.times(schedule, zone: plan.zone, from: options.from, to: options.to)
    }
    tree = Simulator.layout(plan)
  }

  /// The time of the next run, nil when the simulation is over.
  public var nextRunTime: Int64? {
    lock.withLock { upcoming() }
  }

  /// True when every run is done.
  public var isFinished: Bool {
    lock.withLock { upcoming() == nil }
  }

  /// Carries out the next run; nil when the simulation is already over.
  @discardableResult
  public func step() -> RunResult? {
    lock.withLock {
      guard let time = upcoming() else { return nil }
      nextIndex += 1
      executed.append(time)
      return shards.run(at: time)
    }
  }

  /// Carries out every remaining run, calling `observe` after each; returns how many ran.
  @discardableResult
  public func runToEnd(_ observe: (RunResult) -> Void = { _ in }) -> Int {
    var count = 0
    while let result = step() {
      observe(result)
      count += 1
    }
    return count
  }

  /// The moment of the next run, under the lock.
  private func upcoming() -> Int64? {
    if let planned { return nextIndex < planned.count ? planned[nextIndex] : nil }
    guard let last = executed.last else { return options.from }
    guard let next = shards.nextDueTime(after: last), next <= options.to else { return nil }
    return next
  }

  // MARK: - Reports

  /// The counts now.
  public func snapshot() -> SimulationReport {
    lock.withLock { makeReport() }
  }

  /// The path of the contact with id `id` through the runs done so far: each step reached
  /// with its arrival and run times, the branch taken and why, and how it left. Nil when the
  /// data has no such contact.
  public func trace(contactID id: String) -> ContactTrace? {
    let (number, times) = lock.withLock { (plan.data.contactIndex(id), executed) }
    guard let number else { return nil }
    let replay = JourneyEngine(plan: plan, publishedAt: options.from, only: number)
    var index = 0
    while index < times.count {
      replay.run(at: times[index])
      guard let due = replay.nextDueTime(after: times[index]) else { break }
      index = Simulator.firstIndex(in: times, atOrAfter: due, from: index + 1)
    }
    return ContactTrace(
      contactID: id, journeyID: plan.journey.id, events: replay.trace,
      status: replay.snapshot().contacts.first?.status ?? .outside,
      step: replay.snapshot().contacts.first?.step, zone: plan.zone)
  }

  private static func firstIndex(in times: [Int64], atOrAfter time: Int64, from: Int) -> Int {
    var low = from
    var high = times.count
    while low < high {
      let middle = (low + high) >> 1
      if times[middle] < time { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private func makeReport() -> SimulationReport {
    let state = shards.state
    let reasons = ExitReason.allCases
    let rows = plan.stepIDs.indices.map { index -> SimulationReport.StepRow in
      let id = plan.stepIDs[index]
      let step = plan.journey.step(id)
      let label = step.map { $0.name.isEmpty ? StepSummary.text(of: $0) : $0.name } ?? id
      return SimulationReport.StepRow(
        id: id, type: plan.stepType(index), label: label, depth: tree[index].depth,
        via: tree[index].via, arrived: state.steps.arrived[index],
        present: state.steps.present[index],
        left: zip(plan.pathNames(index), state.steps.left[index]).map {
          SimulationReport.Count($0, $1)
        },
        exited: reasons.map {
          SimulationReport.Count($0.description, state.steps.exited[index][$0.rawValue])
        })
    }
    let totals = state.totals
    let schedule = options.runTimes != nil ? "given times" : self.schedule.description
    return SimulationReport(
      journeyID: plan.journey.id, journeyName: plan.journey.name, version: plan.journey.version,
      zone: plan.zone.identifier, schedule: schedule, from: options.from, to: options.to,
      clock: state.lastRunAt, runs: state.runs, plannedRuns: planned?.count,
      finished: upcoming() == nil, contacts: plan.data.contactCount, entered: totals.entered,
      completed: totals.completed, refused: totals.refused,
      exited: reasons.map { SimulationReport.Count($0.description, totals.exited[$0.rawValue]) },
      activations: plan.destinations.indices.map {
        SimulationReport.Count(plan.destinations[$0], totals.activations[$0])
      },
      steps: rows)
  }

  /// Each step's depth and the label of the path leading to it.
  private static func layout(_ plan: ExecutionPlan) -> [(depth: Int, via: String?)] {
    var depth = [Int](repeating: 0, count: plan.stepIDs.count)
    var via = [String?](repeating: nil, count: plan.stepIDs.count)
    for index in plan.stepIDs.indices {
      let names = plan.pathNames(index)
      for (path, target) in plan.pathTargets(index).enumerated() {
        guard let target else { continue }
        depth[target] = depth[index] + 1
        via[target] = names[path] == "next" ? nil : names[path]
      }
    }
    return zip(depth, via).map { ($0, $1) }
  }
}

/// Engines over disjoint, ascending ranges of contacts, run side by side.
private final class Shards: @unchecked Sendable {
  private let engines: [JourneyEngine]

  init(_ engines: [JourneyEngine]) {
    self.engines = engines
  }

  /// Runs every engine at `time` and adds up their results.
  func run(at time: Int64) -> RunResult? {
    guard engines.count > 1 else { return engines.first?.run(at: time) }
    let results = ResultSlots(count: engines.count)
    DispatchQueue.concurrentPerform(iterations: engines.count) { index in
      results.set(index, engines[index].run(at: time))
    }
    return RunResult.combined(results.values)
  }

  /// The earliest moment after `time` at which any engine has something due.
  func nextDueTime(after time: Int64) -> Int64? {
    engines.compactMap { $0.nextDueTime(after: time) }.min()
  }

  /// The engines' counts added up.
  var state: EngineState {
    EngineState.combined(engines.map(\.state)) ?? engines[0].state
  }
}

/// One result slot per engine, each written by one thread.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [RunResult?]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ result: RunResult) {
    lock.withLock { slots[index] = result }
  }

  var values: [RunResult] {
    lock.withLock { slots.compactMap { $0 } }
  }
}
