import JourneyModel

/// The catalogue and the journey the benchmark runs: every step type, an event entry rule
/// with a count, a rule audience, exit rules on a profile field and an event, a weekday wait
/// in each contact's own zone.
enum BenchWorkspace {
  /// The first moment of the generated data: 2026-01-01T00:00:00Z.
  static let start: Int64 = 1_767_225_600
  /// The generated span: 90 days.
  static let days = 90

  /// The hub catalogue.
  static let hub = Hub(
    timeZone: "Europe/Paris",
    fields: [
      FieldDefinition(name: "plan", type: .string, knownValues: ["free", "pro", "team"]),
      FieldDefinition(name: "status", type: .string),
      FieldDefinition(name: "country", type: .string),
      FieldDefinition(name: "score", type: .number),
      FieldDefinition(name: "vip", type: .bool),
      FieldDefinition(name: "tz", type: .string),
    ],
    events: [
      EventTable(name: "visit", properties: [PropertyDefinition(name: "page", type: .string)]),
      EventTable(
        name: "purchase",
        properties: [
          PropertyDefinition(name: "amount", type: .number),
          PropertyDefinition(name: "category", type: .string),
        ]),
      EventTable(name: "unsubscribe"),
    ],
    audiences: [
      Audience(
        name: "big-spenders",
        definition: .rule(RuleSet(.all, [
          .eventCount(
            event: "purchase", filters: [FieldCondition("amount", .greaterOrEqual, "50")],
            atLeast: 2, days: 14),
          .profile(FieldCondition("status", .notEquals, "unsubscribed")),
        ]))),
    ],
    destinations: [
      Destination(id: "email", name: "Email", kind: "email"),
      Destination(id: "crm", name: "CRM", kind: "crm"),
      Destination(id: "ads", name: "Ads", kind: "ads"),
    ])

  /// The journey.
  static let journey = Journey(
    id: "bench", name: "Benchmark journey", status: .active, version: 1,
    settings: JourneySettings(
      timeZone: "Europe/Paris", enrollment: .newOnly, schedule: .everyHours(1)),
    allowRepeat: true,
    entry: RuleSet(.any, [
      .event(EventCondition(event: "visit", minimumCount: 3)),
      .audience("big-spenders"),
    ]),
    exit: RuleSet(.any, [
      .profile(FieldCondition("status", .equals, "unsubscribed")),
      .event(EventCondition(event: "unsubscribe")),
    ]),
    steps: [
      Step(id: "start", kind: .start(next: "wait-1")),
      Step(id: "wait-1", kind: .wait(WaitStep(mode: .duration(TimeSpan(1, .days)), next: "plan"))),
      Step(id: "plan", kind: .segment(SegmentStep(
        field: "plan",
        groups: [SegmentGroup(name: "Paid", values: ["pro", "team"], next: "crm")],
        otherNext: "wait-2"))),
      Step(id: "crm", kind: .activate(ActivateStep(destinations: ["crm"], next: "buy"))),
      Step(id: "buy", kind: .pauseUntil(PauseUntilStep(
        condition: .event(EventCondition(
          event: "purchase", filters: [FieldCondition("amount", .greater, "20")])),
        timeout: TimeSpan(7, .days), metNext: "thanks", timeoutNext: "monday"))),
      Step(id: "thanks", kind: .activate(ActivateStep(destinations: ["email"], next: "end-1"))),
      Step(id: "end-1", kind: .stop(next: nil)),
      Step(id: "monday", kind: .wait(WaitStep(
        mode: .until(WeekdayTime(weekday: "monday", time: "09:00", zone: .contact(field: "tz"))),
        next: "ads"))),
      Step(id: "ads", kind: .activate(ActivateStep(destinations: ["ads"], next: "end-2"))),
      Step(id: "end-2", kind: .stop(next: nil)),
      Step(id: "wait-2", kind: .wait(WaitStep(mode: .duration(TimeSpan(2, .hours)), next: "vip"))),
      Step(id: "vip", kind: .pauseUntil(PauseUntilStep(
        condition: .profile(FieldCondition("vip", .equals, "true")),
        timeout: TimeSpan(3, .days), metNext: "email", timeoutNext: "end-3"))),
      Step(id: "email", kind: .activate(ActivateStep(destinations: ["email"], next: nil))),
      Step(id: "end-3", kind: .stop(next: nil)),
    ])
}
