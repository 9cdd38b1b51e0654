import JourneyModel
import TextFormats

@testable import JourneyEngine

/// A journey over small hand-made data, run at given times.
struct Scenario {
  var hub = Fixtures.hub()
  var profiles = "contact_id,plan,status,tz\n"
  var events = "contact_id,event,timestamp,amount\n"
  var changes = "contact_id,timestamp,field,value\n"
  var memberships: [String: String] = [:]
  var journey: Journey

  /// A journey with `steps`, entered by `entry`, left by `exit`.
  init(
    entry: RuleSet<EntryRule>, exit: RuleSet<Condition> = RuleSet(), steps: [Step],
    zone: String? = nil, enrollment: Enrollment = .newOnly, repeats: Bool = false,
    schedule: Schedule = .everyHours(1)
  ) {
    journey = Journey(
      id: "j", name: "J", status: .active, version: 3,
      settings: JourneySettings(timeZone: zone, enrollment: enrollment, schedule: schedule),
      allowRepeat: repeats, entry: entry, exit: exit, steps: steps)
  }

  /// The loaded data.
  func data() throws -> ContactData {
    var texts = [
      "data/profiles.csv": profiles, "data/events.csv": events,
      "data/profile_changes.csv": changes,
    ]
    for (path, text) in memberships { texts[path] = text }
    return try ContactData.load(hub: hub, texts: texts)
  }

  /// An engine published at `publish`, tracing `contact` alone when given.
  func engine(publish: String, tracing contact: String? = nil) throws -> JourneyEngine {
    let data = try data()
    let plan = try ExecutionPlan(journey: journey, hub: hub, data: data)
    let only = contact.flatMap { data.contactIndex($0) }
    return JourneyEngine(plan: plan, publishedAt: Fixtures.t(publish), only: only)
  }
}

extension JourneyEngine {
  /// Runs at each ISO 8601 time and returns the results.
  @discardableResult
  func run(_ times: [String]) -> [RunResult] {
    times.map { run(at: Fixtures.t($0)) }
  }

  /// The trace as lines "kind step time (run) path: detail", times in UTC.
  var traceLines: [String] {
    trace.map { event in
      var line = "\(event.kind.rawValue) \(event.step ?? "-") "
        + TimestampFormatter.iso8601(event.time)
      if event.runAt != event.time {
        line += " (run " + TimestampFormatter.iso8601(event.runAt) + ")"
      }
      if let path = event.path { line += " by \(path)" }
      if !event.detail.isEmpty { line += ": \(event.detail)" }
      return line
    }
  }

  /// Contacts on each step by id, leaving out empty steps.
  var present: [String: Int] {
    var counts: [String: Int] = [:]
    for (index, id) in plan.stepIDs.enumerated() where state.steps.present[index] > 0 {
      counts[id] = state.steps.present[index]
    }
    return counts
  }
}

/// Steps for tests.
enum Steps {
  static func start(_ next: String?) -> Step { Step(id: "start", kind: .start(next: next)) }
  static func stop(_ id: String = "stop") -> Step { Step(id: id, kind: .stop(next: nil)) }
  static func wait(_ id: String, _ span: TimeSpan, next: String?) -> Step {
    Step(id: id, kind: .wait(WaitStep(mode: .duration(span), next: next)))
  }
  static func activate(_ id: String, _ destinations: [String], next: String?) -> Step {
    Step(id: id, kind: .activate(ActivateStep(destinations: destinations, next: next)))
  }
  static func pause(
    _ id: String, _ condition: Condition, timeout: TimeSpan?, met: String?, timedOut: String?
  ) -> Step {
    Step(id: id, kind: .pauseUntil(PauseUntilStep(
      condition: condition, timeout: timeout, metNext: met, timeoutNext: timedOut)))
  }
  static func event(_ name: String, count: Int = 1) -> EntryRule {
    .event(EventCondition(event: name, minimumCount: count))
  }
}
