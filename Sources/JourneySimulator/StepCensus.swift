import Foundation
import JourneyEngine
import JourneyModel

/// Who is on each step of a simulation after a given list of runs, found by replaying those
/// runs on fresh engines: the ids of the first contacts (in ascending id order) on every
/// step, and how many there are in all.
public struct StepCensus: Sendable, Equatable {
  /// How many runs were replayed.
  public let runs: Int
  /// The first contact ids on each step, ascending, at most the limit given.
  public let contacts: [StepID: [String]]
  /// How many contacts are on each step.
  public let totals: [StepID: Int]

  /// Replays `runTimes` (the runs a simulation of `plan` published at `publishedAt` has done,
  /// in order) and keeps at most `limit` ids per step. Large data is replayed by several
  /// engines side by side, like the simulator does.
  public init(plan: ExecutionPlan, publishedAt: Int64, runTimes: [Int64], limit: Int) {
    // TODO: every run so far is replayed, so on large data this takes as long as they did.
    let count = plan.data.contactCount
    let pieces = count < 50_000 ? 1 : min(8, ProcessInfo.processInfo.activeProcessorCount)
    let slots = CensusSlots(count: pieces)
    DispatchQueue.concurrentPerform(iterations: pieces) { piece in
      let range = Int32(count * piece / pieces)..<Int32(count * (piece + 1) / pieces)
      let engine = JourneyEngine(plan: plan, publishedAt: publishedAt, contacts: range)
      for time in runTimes { engine.run(at: time) }
      slots.set(piece, engine.snapshot().contacts.filter { $0.status == .inside })
    }

    var contacts: [StepID: [String]] = [:]
    var totals: [StepID: Int] = [:]
    for contact in slots.values.joined() {
      guard let step = contact.step else { continue }
      totals[step, default: 0] += 1
      if contacts[step, default: []].count < limit {
        contacts[step, default: []].append(contact.id)
      }
    }
    self.runs = runTimes.count
    self.contacts = contacts
    self.totals = totals
  }
}

/// One list of contacts per engine, each written by one thread.
private final class CensusSlots: @unchecked Sendable {
  private var slots: [[EngineSnapshot.Contact]]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: [], count: count)
  }

  func set(_ index: Int, _ contacts: [EngineSnapshot.Contact]) {
    lock.withLock { slots[index] = contacts }
  }

  var values: [[EngineSnapshot.Contact]] {
    lock.withLock { slots }
  }
}
