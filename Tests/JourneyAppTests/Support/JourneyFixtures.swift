import Foundation
import JourneyModel

/// Journeys built in code for tests, and a way to put them in a workspace.
enum JourneyFixtures {
  /// Start → Wait 1 day × (count − 2) → Stop: a long journey of `count` steps.
  static func chain(id: String = "long", count: Int) -> Journey {
    let waits = max(count - 2, 1)
    var steps = [Step(id: "start", kind: .start(next: "wait-1"))]
    for number in 1...waits {
      let next = number == waits ? "stop" : "wait-\(number + 1)"
      let wait = WaitStep(mode: .duration(TimeSpan(1, .days)), next: next)
      steps.append(Step(id: "wait-\(number)", kind: .wait(wait)))
    }
    steps.append(Step(id: "stop", kind: .stop(next: nil)))
    return Journey(
      id: id, name: "Long journey",
      entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]), steps: steps)
  }

  /// Start → Segment on tier (Gold → Stop, Silver → empty, other → empty).
  static func openBranches(id: String = "branches") -> Journey {
    let segment = SegmentStep(
      field: "tier",
      groups: [
        SegmentGroup(name: "Gold", values: ["gold"], next: "stop-gold"),
        SegmentGroup(name: "Silver", values: ["silver"]),
      ])
    return Journey(
      id: id, name: "Open branches",
      entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]),
      steps: [
        Step(id: "start", kind: .start(next: "by-tier")),
        Step(id: "by-tier", kind: .segment(segment)),
        Step(id: "stop-gold", kind: .stop(next: nil)),
      ])
  }

  /// Writes `journey` into the workspace's journeys folder.
  static func add(_ journey: Journey, to samples: SampleWorkspace) throws {
    try JourneyCoding.encode(journey).write(
      to: samples.journeyURL(journey.id), atomically: true, encoding: .utf8)
  }
}
