import JourneyEngine
import JourneyModel
import TextFormats

/// A small welcome journey over a handful of contacts.
enum SimulatorFixture {
  /// Seconds since 1970 of an ISO 8601 date-time.
  static func t(_ text: String) -> Int64 {
    var parser = TimestampParser(format: .iso8601, zone: .utc)
    return parser.parse(text) ?? Int64.min
  }

  static let hub = Hub(
    timeZone: "UTC",
    fields: [
      FieldDefinition(name: "plan", type: .string),
      FieldDefinition(name: "status", type: .string),
    ],
    events: [
      EventTable(name: "signup"),
      EventTable(name: "purchase", properties: [PropertyDefinition(name: "amount", type: .number)]),
    ],
    destinations: [
      Destination(id: "email", name: "Email", kind: "email"),
      Destination(id: "crm", name: "CRM", kind: "crm"),
    ])

  /// Signup → Wait 1 day → Segment plan (Pro / other) → Pro: Activate crm → Stop;
  /// other: Pause Until purchase (2 days) → met: Activate email → Stop; timeout: Stop.
  /// Exit when status = converted.
  static let journey = Journey(
    id: "welcome", name: "Welcome", status: .active, version: 2,
    settings: JourneySettings(timeZone: "UTC", schedule: .everyHours(6)),
    entry: RuleSet(.any, [.event(EventCondition(event: "signup"))]),
    exit: RuleSet(.any, [.profile(FieldCondition("status", .equals, "converted"))]),
    steps: [
      Step(id: "start", kind: .start(next: "wait")),
      Step(id: "wait", kind: .wait(WaitStep(mode: .duration(TimeSpan(1, .days)), next: "seg"))),
      Step(id: "seg", kind: .segment(SegmentStep(
        field: "plan", groups: [SegmentGroup(name: "Pro", values: ["pro"], next: "crm")],
        otherNext: "pause"))),
      Step(id: "crm", kind: .activate(ActivateStep(destinations: ["crm"], next: "done"))),
      Step(id: "done", kind: .stop(next: nil)),
      Step(id: "pause", kind: .pauseUntil(PauseUntilStep(
        condition: .event(EventCondition(event: "purchase")), timeout: TimeSpan(2, .days),
        metNext: "mail", timeoutNext: "gone"))),
      Step(id: "mail", kind: .activate(ActivateStep(destinations: ["email"], next: "bye"))),
      Step(id: "bye", kind: .stop(next: nil)),
      Step(id: "gone", kind: .stop(next: nil)),
    ])

  static let texts = [
    "data/profiles.csv": "contact_id,plan,status\nc1,pro,\nc2,free,\nc3,free,\nc4,,\nc5,free,\n",
    "data/events.csv": "contact_id,event,timestamp,amount\n"
      + "c1,signup,2026-03-01T08:00:00Z,\n"
      + "c2,signup,2026-03-01T09:00:00Z,\n"
      + "c2,purchase,2026-03-02T20:00:00Z,30\n"
      + "c3,signup,2026-03-01T10:00:00Z,\n"
      + "c4,signup,2026-03-02T10:00:00Z,\n"
      + "c5,signup,2026-03-01T11:00:00Z,\n",
    "data/profile_changes.csv": "contact_id,timestamp,field,value\n"
      + "c5,2026-03-02T01:00:00Z,status,converted\n",
  ]

  static func data() throws -> ContactData {
    try ContactData.load(hub: hub, texts: texts)
  }
}
