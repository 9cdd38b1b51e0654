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
  private let engine: JourneyEngine
  private let planned: [Int64]?
  private var nextIndex = 0
  private var executed: [Int64] = []
  private let tree: [(depth: Int, via: String?)]

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
    engine = JourneyEngine(plan: plan, publishedAt: options.from)
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
      return engine.run(at: time)
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
    guard let next = engine.nextDueTime(after: last), next <= options.to else { return nil }
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
    let state = engine.state
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
