import Foundation
import JourneyEngine
import JourneyModel
import JourneyStore
import TextFormats

/// One journey's runs in one `journey run` invocation: which runs are due, and carrying
/// them out from the saved state.
final class JourneySession {
  /// The journey file (its status and version decide whether and what runs).
  let journey: Journey
  /// The published copy of its version, which is what runs.
  let published: Journey
  /// What the session shares with the others.
  let context: SessionContext
  /// When the journey went live; no arrival is earlier.
  let publishedAt: Int64
  /// When the running version went live.
  let versionSince: Int64
  /// Whether the version changed since the saved state was made (a Resume).
  let versionChanged: Bool
  /// The time of the latest committed run.
  var lastRunAt: Int64?
  /// The journey's time zone.
  let zone: ZoneRules?
  /// The engine, once the data is loaded.
  var engine: JourneyEngine?
  /// The saved contacts, as the latest commit left them.
  var baseline: [String: LiveContact] = [:]

  /// A session for `journey`, whose published copy is `published`, continuing from `live`.
  init(journey: Journey, published: Journey, live: LiveJourney?, context: SessionContext) {
    self.journey = journey
    self.published = published
    self.context = context
    publishedAt = live?.publishedAt ?? journey.updatedAt
    let changed = live.map { $0.version != journey.version } ?? false
    versionChanged = changed
    versionSince = live.map { changed ? journey.updatedAt : $0.versionSince }
      ?? journey.updatedAt
    lastRunAt = live?.lastRunAt
    let zoneName = published.settings.timeZone ?? context.workspace.hub.timeZone
    zone = try? ZoneRules(identifier: zoneName)
  }

  /// The schedule that runs.
  var schedule: Schedule { published.settings.schedule }

  /// Carries out `request` at `now`: first the deliveries left waiting, then the runs due.
  func perform(_ request: RunRequest, now: Int64, report: (RunEvent) -> Void) {
    deliver(report)
    if let refusal = refusal(request, now: now) {
      report(.refused(journeyID: journey.id, reason: refusal))
      return
    }

    let start = DueRuns.start(
      publishedAt: publishedAt, versionSince: versionSince, lastRunAt: lastRunAt)
    let end = request == .due ? now : now - 1
    var ran = 0
    guard runScheduled(from: start, to: end, ran: &ran, report) else { return }

    switch request {
    case .due:
      if ran == 0 { report(.nothingDue(journeyID: journey.id, next: nextRun(after: now))) }
    case .now:
      guard prepare(firstRunAt: now, type: .runNow, report) else { return }
      _ = runOnce(at: now, type: .runNow, mode: .normal, report)
    case .full:
      guard prepare(firstRunAt: now, type: .fullRun, report) else { return }
      _ = runOnce(at: now, type: .fullRun, mode: .full, report)
    }
  }

  /// Why a run by hand at `now` cannot happen, if it cannot.
  private func refusal(_ request: RunRequest, now: Int64) -> String? {
    guard request != .due else { return nil }
    if let lastRunAt, now < lastRunAt {
      return "its last run was at \(TimestampFormatter.iso8601(lastRunAt)), after "
        + "\(TimestampFormatter.iso8601(now)): runs never go back in time; give a later --at"
    }
    if now < publishedAt {
      return "it went live at \(TimestampFormatter.iso8601(publishedAt)), after "
        + "\(TimestampFormatter.iso8601(now)): give a later --at"
    }
    return nil
  }

  /// Carries out the schedule's runs from `start` to `end`, oldest first, counting them in
  /// `ran`; false when one failed (the later ones wait for the next invocation).
  private func runScheduled(
    from start: Int64, to end: Int64, ran: inout Int, _ report: (RunEvent) -> Void
  ) -> Bool {
    guard start <= end else { return true }
    guard schedule == .realTime else {
      guard let zone else { return failEarly(at: start, type: .scheduled, zoneFailure, report) }
      let times = DueRuns.times(schedule, zone: zone, from: start, to: end)
      guard let first = times.first else { return true }
      guard prepare(firstRunAt: first, type: .scheduled, report) else { return false }
      for time in times {
        guard runOnce(at: time, type: .scheduled, mode: .normal, report) else { return false }
        ran += 1
      }
      return true
    }

    guard prepare(firstRunAt: start, type: .scheduled, report), let engine else { return false }
    // The first run after publish or Resume happens at once; later ones when something is due.
    var next: Int64? = start
    if let lastRunAt, !versionChanged {
      next = engine.nextDueTime(after: lastRunAt).map { max($0, start) }
    }
    while let time = next, time <= end {
      guard runOnce(at: time, type: .scheduled, mode: .normal, report) else { return false }
      ran += 1
      next = engine.nextDueTime(after: time)
    }
    return true
  }

  /// When the journey runs next, after `now`.
  func nextRun(after now: Int64) -> NextRun {
    let start = DueRuns.start(
      publishedAt: publishedAt, versionSince: versionSince, lastRunAt: lastRunAt)
    if let next = DueRuns.next(schedule, zone: zone, start: start, after: now) { return next }
    let after = max(now, lastRunAt ?? now)
    return engine?.nextDueTime(after: after).map(NextRun.at) ?? .whenSomethingHappens
  }

  /// Delivers the activations waiting for this journey.
  func deliver(_ report: (RunEvent) -> Void) {
    for event in context.outbox.deliverWaiting(journeyID: journey.id) { report(event) }
  }

  /// Why the journey's time zone cannot be used.
  private var zoneFailure: String {
    let name = published.settings.timeZone ?? context.workspace.hub.timeZone
    return "unknown time zone \"\(name)\": use an IANA name such as \"Europe/Paris\""
  }
}
