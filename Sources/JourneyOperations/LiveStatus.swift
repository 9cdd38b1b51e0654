import Foundation
import JourneyModel
import JourneyStore
import TextFormats

/// Where a live journey stands now: contacts per step, the last run, the next run due,
/// deliveries, and the last failure with its reason. Read from the saved state alone, so it
/// is quick and never loads the contact data.
public struct LiveStatus: Sendable, Equatable {
  /// One step with the contacts on it now.
  public struct StepLine: Sendable, Equatable {
    /// The step's id.
    public var id: String
    /// "Wait", "Segment", ...; "removed" for a step no longer in the journey.
    public var type: String
    /// Its depth in the tree (0 for Start).
    public var depth: Int
    /// Contacts on it now.
    public var contacts: Int
  }

  /// The latest thing that went wrong.
  public enum Failure: Sendable, Equatable {
    /// A run failed and kept nothing.
    case run(RunRecord)
    /// A destination did not take its activations.
    case delivery(DeliveryFailure)
  }

  /// The journey file.
  public var journey: Journey
  /// The saved standing, nil before the first run.
  public var live: LiveJourney?
  /// The steps in tree order, then removed steps that still hold contacts.
  public var steps: [StepLine]
  /// Contacts inside, and contacts that left.
  public var inside: Int, left: Int
  /// The latest live run.
  public var lastRun: RunRecord?
  /// When the next run is due.
  public var next: NextRun
  /// Activations delivered and waiting, per destination.
  public var sent: [String: Int], waiting: [String: Int]
  /// The latest failure, if any.
  public var lastFailure: Failure?

  /// The status of `journey` in `workspace` at `now` (seconds since 1970).
  public static func read(
    _ journey: Journey, workspace: Workspace, now: Int64
  ) throws(OperationsError) -> LiveStatus {
    do {
      let store = try LiveStore(workspace: workspace.root)
      defer { store.close() }
      let live = try store.journey(journey.id)
      let byStatus = try store.contactsByStatus(journeyID: journey.id)
      return LiveStatus(
        journey: journey, live: live,
        steps: stepLines(journey, try store.contactsOnSteps(journeyID: journey.id)),
        inside: byStatus[.inside] ?? 0, left: byStatus[.left] ?? 0,
        lastRun: try store.lastRun(journeyID: journey.id),
        next: next(journey, live, hub: workspace.hub, now: now),
        sent: try store.sentCounts(journeyID: journey.id),
        waiting: try store.waitingCounts(journeyID: journey.id),
        lastFailure: latest(
          try store.lastFailedRun(journeyID: journey.id),
          try store.lastDeliveryFailure(journeyID: journey.id)))
    } catch let error as OperationsError {
      throw error
    } catch {
      throw .store("\(error)")
    }
  }

  /// The journey's steps in tree order with their counts, then removed steps still holding
  /// contacts ("" is a step removed in an earlier version, not yet noticed by a run).
  private static func stepLines(_ journey: Journey, _ counts: [String: Int]) -> [StepLine] {
    var lines: [StepLine] = []
    var shown: Set<String> = []
    if let tree = try? StepTree(journey) {
      // A step's single path goes on in the same column; branches are indented.
      var depths: [String: Int] = [:]
      for row in tree.rows {
        var depth = 0
        if let parent = tree.parent(of: row.id)?.parent {
          let branches = tree.step(parent)?.kind.paths.count ?? 1
          depth = (depths[parent] ?? 0) + (branches > 1 ? 1 : 0)
        }
        depths[row.id] = depth
        let type = tree.step(row.id)?.kind.type.title ?? ""
        lines.append(StepLine(id: row.id, type: type, depth: depth, contacts: counts[row.id] ?? 0))
        shown.insert(row.id)
      }
    }
    for (id, count) in counts.sorted(by: { $0.key < $1.key }) where !shown.contains(id) {
      lines.append(StepLine(id: id.isEmpty ? "?" : id, type: "removed", depth: 0, contacts: count))
    }
    return lines
  }

  /// When `journey` runs next after `now`.
  private static func next(_ journey: Journey, _ live: LiveJourney?, hub: Hub, now: Int64)
    -> NextRun
  {
    guard journey.status == .active else { return .notWhile(journey.status.title) }
    let changed = live.map { $0.version != journey.version } ?? false
    let start = DueRuns.start(
      publishedAt: live?.publishedAt ?? journey.updatedAt,
      versionSince: changed ? journey.updatedAt : live?.versionSince ?? journey.updatedAt,
      lastRunAt: live?.lastRunAt)
    let zone = try? ZoneRules(identifier: journey.settings.timeZone ?? hub.timeZone)
    if let zone, start <= now,
      let due = DueRuns.times(journey.settings.schedule, zone: zone, from: start, to: now).first
    {
      return .at(due)
    }
    return DueRuns.next(journey.settings.schedule, zone: zone, start: start, after: now)
      ?? .whenSomethingHappens
  }

  /// The later of a failed run and a delivery failure.
  private static func latest(_ run: RunRecord?, _ delivery: DeliveryFailure?) -> Failure? {
    switch (run, delivery) {
    case (nil, nil): return nil
    case (let run?, nil): return .run(run)
    case (nil, let delivery?): return .delivery(delivery)
    case (let run?, let delivery?):
      return run.finishedAt > delivery.failedAt ? .run(run) : .delivery(delivery)
    }
  }
}
