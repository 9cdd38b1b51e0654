import Foundation
import JourneyModel

/// A small hand-made workspace with contact data, for simulation tests: six contacts, a
/// journey with every kind of step that takes paths (Wait, Segment, Pause Until, Activate,
/// Stop) and an exit rule, simulated daily at 09:00 UTC from 2026-03-01 to 2026-03-07.
final class SimulationWorkspace {
  /// The span simulated.
  static let from = "2026-03-01"
  /// The end of the span (a date: the end of that day).
  static let to = "2026-03-07"

  /// The temporary workspace folder.
  let root: URL

  /// Writes the catalogue, the journey and the data into a new temporary folder.
  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-live-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(
      at: root.appendingPathComponent("journeys"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
    try HubCoding.encode(SimulationWorkspace.hub).write(
      to: root.appendingPathComponent("hub.json"), atomically: true, encoding: .utf8)
    try write(JourneyCoding.encode(SimulationWorkspace.journey), "journeys/offers.json")
    try write(SimulationWorkspace.profiles, "data/profiles.csv")
    try write(SimulationWorkspace.events, "data/events.csv")
    try write(SimulationWorkspace.changes, "data/profile_changes.csv")
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// The workspace.
  func workspace() throws -> Workspace {
    try Workspace(root: root)
  }

  /// The journey file.
  var journeyURL: URL { root.appendingPathComponent("journeys/offers.json") }

  private func write(_ text: String, _ path: String) throws {
    try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  /// The catalogue: plan and status, purchases, email and crm.
  static let hub = Hub(
    timeZone: "UTC",
    fields: [
      FieldDefinition(name: "plan", type: .string, knownValues: ["free", "pro", "team"]),
      FieldDefinition(name: "status", type: .string),
    ],
    events: [EventTable(name: "purchase", properties: [.init(name: "value", type: .number)])],
    destinations: [
      Destination(id: "email", name: "Email platform", kind: "email"),
      Destination(id: "crm", name: "CRM tasks", kind: "crm"),
    ])

  /// Start → Wait 1 day → Segment on plan: Pro → Pause Until a purchase (2 days):
  /// met → email → Stop, timeout → crm → Stop; other → Stop. Exit when status = converted.
  static let journey = Journey(
    id: "offers", name: "Offers after a first order",
    settings: JourneySettings(timeZone: "UTC", schedule: .daily(TimeOfDay(hour: 9, minute: 0)!)),
    entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]),
    exit: RuleSet(.any, [.profile(FieldCondition("status", .equals, "converted"))]),
    steps: [
      Step(id: "start", kind: .start(next: "wait")),
      Step(id: "wait", kind: .wait(WaitStep(mode: .duration(TimeSpan(1, .days)), next: "plan"))),
      Step(id: "plan", kind: .segment(SegmentStep(
        field: "plan", groups: [SegmentGroup(name: "Pro", values: ["pro"], next: "buy")],
        otherNext: "stop-other"))),
      Step(id: "buy", kind: .pauseUntil(PauseUntilStep(
        condition: .event(EventCondition(event: "purchase")), timeout: TimeSpan(2, .days),
        metNext: "email", timeoutNext: "crm"))),
      Step(id: "email", kind: .activate(ActivateStep(destinations: ["email"], next: "stop-met"))),
      Step(id: "stop-met", kind: .stop(next: nil)),
      Step(id: "crm", kind: .activate(ActivateStep(destinations: ["crm"], next: "stop-late"))),
      Step(id: "stop-late", kind: .stop(next: nil)),
      Step(id: "stop-other", kind: .stop(next: nil)),
    ])

  static let profiles = """
    contact_id,plan,status
    c1,pro,new
    c2,free,new
    c3,pro,new
    c4,pro,new
    c5,team,new
    c6,pro,new

    """

  static let events = """
    contact_id,event,timestamp,value
    c1,purchase,2026-03-01T08:00:00Z,20
    c1,purchase,2026-03-03T10:00:00Z,35
    c2,purchase,2026-03-01T12:00:00Z,5
    c3,purchase,2026-03-02T07:00:00Z,12
    c4,purchase,2026-03-01T06:00:00Z,50
    c5,purchase,2026-03-04T09:00:00Z,8

    """

  static let changes = """
    contact_id,timestamp,field,value
    c4,2026-03-02T00:00:00Z,status,converted

    """
}
