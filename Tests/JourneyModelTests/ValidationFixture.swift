import Testing

@testable import JourneyModel

/// A catalogue and a clean journey with every step type, and ways to break them one rule at
/// a time.
enum ValidationFixture {
  /// Fields of every type, one event table, one audience, three destinations.
  static let hub = Hub(
    timeZone: "Europe/Paris",
    fields: [
      FieldDefinition(name: "status", type: .string, knownValues: ["lead", "customer", "churned"]),
      FieldDefinition(name: "country", type: .string),
      FieldDefinition(name: "age", type: .number),
      FieldDefinition(name: "vip", type: .bool),
      FieldDefinition(name: "signup", type: .date),
      FieldDefinition(name: "tz", type: .string),
    ],
    events: [
      EventTable(name: "purchase", properties: [
        PropertyDefinition(name: "amount", type: .number),
        PropertyDefinition(name: "sku", type: .string),
      ])
    ],
    audiences: [Audience(name: "lapsed", definition: .membership(file: "data/lapsed.csv"))],
    destinations: [
      Destination(id: "email", name: "Email", kind: "email"),
      Destination(id: "crm", name: "CRM", kind: "crm"),
      Destination(id: "push", name: "Push", kind: "push"),
    ])

  /// A journey without a single problem, steps in file order equal to depth-first order:
  ///
  ///     start > wait1 (1 day) > seg on status
  ///       Leads [lead]        > act1 [email] > stop1
  ///       Customers [customer] > pause (vip = true, 7 days)
  ///         met     > act2 [crm] > stop2
  ///         timeout > stop3
  ///       other > stopOther
  static let journey = Journey(
    id: "welcome", name: "Welcome",
    settings: JourneySettings(timeZone: "Europe/Paris"),
    entry: RuleSet(.any, [.audience("lapsed")]),
    exit: RuleSet(.any, [
      .profile(FieldCondition("status", .equals, "churned")),
      .event(EventCondition(
        event: "purchase", filters: [FieldCondition("amount", .greaterOrEqual, "100")])),
    ]),
    steps: [
      Step(id: "start", kind: .start(next: "wait1")),
      Step(id: "wait1", kind: .wait(WaitStep(mode: .duration(TimeSpan(1, .days)), next: "seg"))),
      Step(id: "seg", kind: .segment(SegmentStep(
        field: "status",
        groups: [
          SegmentGroup(name: "Leads", values: ["lead"], next: "act1"),
          SegmentGroup(name: "Customers", values: ["customer"], next: "pause"),
        ],
        otherNext: "stopOther"))),
      Step(id: "act1", kind: .activate(ActivateStep(destinations: ["email"], next: "stop1"))),
      Step(id: "stop1", kind: .stop(next: nil)),
      Step(id: "pause", kind: .pauseUntil(PauseUntilStep(
        condition: .profile(FieldCondition("vip", .equals, "true")),
        timeout: TimeSpan(7, .days), metNext: "act2", timeoutNext: "stop3"))),
      Step(id: "act2", kind: .activate(ActivateStep(destinations: ["crm"], next: "stop2"))),
      Step(id: "stop2", kind: .stop(next: nil)),
      Step(id: "stop3", kind: .stop(next: nil)),
      Step(id: "stopOther", kind: .stop(next: nil)),
    ])

  /// The fixture journey changed by `change`.
  static func journey(_ change: (inout Journey) -> Void) -> Journey {
    var copy = journey
    change(&copy)
    return copy
  }

  /// The problems of `journey` against `hub`.
  static func problems(_ journey: Journey, hub: Hub = hub) -> [Problem] {
    Validator.validate(journey, hub: hub)
  }
}

/// One rule broken on purpose: the problems expected, exactly, and the journey with the
/// breakage repaired, which must have none.
struct RuleCase: Sendable, CustomTestStringConvertible {
  /// What the case breaks.
  var name: String
  /// The catalogue to check against.
  var hub: Hub = ValidationFixture.hub
  /// The journey that breaks the rule.
  var broken: Journey
  /// The same journey, repaired.
  var fixed: Journey
  /// Every problem `broken` has, in order.
  var expected: [Problem]

  /// The name shown for the case in test output.
  var testDescription: String { name }
}

extension Journey {
  /// Changes the step `id` in place.
  mutating func changeStep(_ id: StepID, _ update: (inout StepKind) -> Void) {
    guard let index = steps.firstIndex(where: { $0.id == id }) else {
      Issue.record("no step \(id) in the fixture")
      return
    }
    update(&steps[index].kind)
  }

  /// Changes the Wait `id`.
  mutating func changeWait(_ id: StepID, _ update: (inout WaitStep) -> Void) {
    changeStep(id) { kind in
      guard case .wait(var wait) = kind else {
        Issue.record("\(id) is not a Wait")
        return
      }
      update(&wait)
      kind = .wait(wait)
    }
  }

  /// Changes the Segment `id`.
  mutating func changeSegment(_ id: StepID, _ update: (inout SegmentStep) -> Void) {
    changeStep(id) { kind in
      guard case .segment(var segment) = kind else {
        Issue.record("\(id) is not a Segment")
        return
      }
      update(&segment)
      kind = .segment(segment)
    }
  }

  /// Changes the Pause Until `id`.
  mutating func changePause(_ id: StepID, _ update: (inout PauseUntilStep) -> Void) {
    changeStep(id) { kind in
      guard case .pauseUntil(var pause) = kind else {
        Issue.record("\(id) is not a Pause Until")
        return
      }
      update(&pause)
      kind = .pauseUntil(pause)
    }
  }

  /// Changes the Activate `id`.
  mutating func changeActivate(_ id: StepID, _ update: (inout ActivateStep) -> Void) {
    changeStep(id) { kind in
      guard case .activate(var activate) = kind else {
        Issue.record("\(id) is not an Activate")
        return
      }
      update(&activate)
      kind = .activate(activate)
    }
  }

  /// Points the single path of step `id` at `target`.
  mutating func connectStep(_ id: StepID, to target: StepID?) {
    changeStep(id) { $0.setTarget(target, of: .next) }
  }

  /// Removes the steps `ids`.
  mutating func removeSteps(_ ids: StepID...) {
    steps.removeAll { ids.contains($0.id) }
  }
}
