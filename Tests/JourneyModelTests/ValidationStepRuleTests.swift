import Testing

@testable import JourneyModel

private typealias F = ValidationFixture

private func duration(_ amount: Int, _ unit: TimeUnit) -> Journey {
  F.journey { $0.changeWait("wait1") { $0.mode = .duration(TimeSpan(amount, unit)) } }
}

private func until(_ weekday: String, _ time: String, zone: WaitZone = .journey) -> Journey {
  F.journey {
    $0.changeWait("wait1") {
      $0.mode = .until(WeekdayTime(weekday: weekday, time: time, zone: zone))
    }
  }
}

private func timeout(_ span: TimeSpan?) -> Journey {
  F.journey { $0.changePause("pause") { $0.timeout = span } }
}

private func pauseOn(_ condition: Condition) -> Journey {
  F.journey { $0.changePause("pause") { $0.condition = condition } }
}

private func groups(_ first: [String], _ second: [String], field: String = "status") -> Journey {
  F.journey {
    $0.changeSegment("seg") {
      $0.field = field
      $0.groups[0].values = first
      $0.groups[1].values = second
    }
  }
}

/// The fixture with "seg" branching on country into `count` groups, each ending at a Stop.
private func countryGroups(_ count: Int) -> Journey {
  F.journey { journey in
    journey.removeSteps("act1", "stop1", "pause", "act2", "stop2", "stop3")
    journey.changeSegment("seg") { segment in
      segment.field = "country"
      segment.groups = (1...count).map {
        SegmentGroup(name: "G\($0)", values: ["c\($0)"], next: "s\($0)")
      }
    }
    journey.steps += (1...count).map { Step(id: "s\($0)", kind: .stop(next: nil)) }
  }
}

private func wait(_ id: StepID, next: StepID?) -> Step {
  Step(id: id, kind: .wait(WaitStep(mode: .duration(TimeSpan(1, .hours)), next: next)))
}

private func activate(_ id: StepID, _ destination: String, next: StepID?) -> Step {
  Step(id: id, kind: .activate(ActivateStep(destinations: [destination], next: next)))
}

/// Rules about the configuration of Wait, Segment, Pause Until, Activate and Stop steps, and
/// about where steps sit on their paths.
let stepRuleCases: [RuleCase] = waitCases + segmentCases + pauseCases + activateCases + pathCases

private let waitCases: [RuleCase] = [
  RuleCase(
    name: "wait without duration",
    broken: F.journey { $0.changeWait("wait1") { $0.mode = nil } },
    fixed: F.journey,
    expected: [Problem(.waitWithoutDuration, step: "wait1", field: "duration",
      "Wait \"wait1\" has no duration: set an amount and a unit, or a weekday and a time.")]),
  RuleCase(
    name: "wait of 0 hours",
    broken: duration(0, .hours), fixed: duration(1, .minutes),
    expected: [Problem(.waitTooShort, step: "wait1", field: "duration.amount",
      "Wait \"wait1\" lasts 0 hours: the shortest wait is 1 hour.")]),
  RuleCase(
    name: "wait of 400 days",
    broken: duration(400, .days), fixed: duration(365, .days),
    expected: [Problem(.waitTooLong, step: "wait1", field: "duration.amount",
      "Wait \"wait1\" lasts 400 days: the longest wait is 365 days.")]),
  RuleCase(
    name: "wait of 53 weeks",
    broken: duration(53, .weeks), fixed: duration(52, .weeks),
    expected: [Problem(.waitTooLong, step: "wait1", field: "duration.amount",
      "Wait \"wait1\" lasts 53 weeks: the longest wait is 365 days.")]),
  RuleCase(
    name: "wait of 8761 hours",
    broken: duration(8761, .hours), fixed: duration(8760, .hours),
    expected: [Problem(.waitTooLong, step: "wait1", field: "duration.amount",
      "Wait \"wait1\" lasts 8761 hours: the longest wait is 365 days.")]),
  RuleCase(
    name: "wait until a day that is not one",
    broken: until("Funday", "09:00"), fixed: until("Mon", "09:00"),
    expected: [Problem(.invalidWeekday, step: "wait1", field: "until.weekday",
      "Wait \"wait1\" waits until \"Funday\", which is not a weekday: type a day such as "
        + "\"monday\" or \"Mon\".")]),
  RuleCase(
    name: "wait until 25:00",
    broken: until("monday", "25:00"), fixed: until("monday", "23:59"),
    expected: [Problem(.invalidTime, step: "wait1", field: "until.time",
      "Wait \"wait1\" waits until \"25:00\", which is not a time of day: type HH:MM from 00:00 "
        + "to 23:59.")]),
  RuleCase(
    name: "contact zone in an unknown field",
    broken: until("monday", "09:00", zone: .contact(field: "timezone")),
    fixed: until("monday", "09:00", zone: .contact(field: "tz")),
    expected: [Problem(.unknownField, step: "wait1", field: "until.contactZoneField",
      "Wait \"wait1\" reads the contact's time zone from field \"timezone\", which is not in "
        + "the catalogue: choose the profile field that holds it.")]),
  RuleCase(
    name: "contact zone in no field",
    broken: until("monday", "09:00", zone: .contact(field: "")),
    fixed: until("monday", "09:00", zone: .contact(field: "tz")),
    expected: [Problem(.unknownField, step: "wait1", field: "until.contactZoneField",
      "Wait \"wait1\" uses the contact's time zone but names no field for it: choose the "
        + "profile field that holds it.")]),
  RuleCase(
    name: "contact zone in a number field",
    broken: until("monday", "09:00", zone: .contact(field: "age")),
    fixed: until("monday", "09:00", zone: .contact(field: "tz")),
    expected: [Problem(.zoneFieldNotString, step: "wait1", field: "until.contactZoneField",
      "Wait \"wait1\" reads the contact's time zone from number field \"age\": a zone is a name "
        + "such as \"Europe/Paris\", so choose a string field.")]),
]

private let segmentCases: [RuleCase] = [
  RuleCase(
    name: "segment without field",
    broken: F.journey { $0.changeSegment("seg") { $0.field = nil } },
    fixed: F.journey,
    expected: [Problem(.segmentWithoutField, step: "seg", field: "field",
      "Segment \"seg\" has no field: choose the profile field it branches on.")]),
  RuleCase(
    name: "segment on an unknown field",
    broken: F.journey { $0.changeSegment("seg") { $0.field = "tier" } },
    fixed: F.journey,
    expected: [Problem(.unknownField, step: "seg", field: "field",
      "Segment \"seg\" branches on field \"tier\", which is not in the catalogue: choose one of "
        + "its profile fields.")]),
  RuleCase(
    name: "segment without groups",
    broken: F.journey {
      $0.removeSteps("act1", "stop1", "pause", "act2", "stop2", "stop3")
      $0.changeSegment("seg") { $0.groups = [] }
    },
    fixed: F.journey,
    expected: [Problem(.segmentWithoutGroups, step: "seg", field: "groups",
      "Segment \"seg\" has no groups: add at least one group of values.")]),
  RuleCase(
    name: "segment with 11 groups",
    broken: countryGroups(11), fixed: countryGroups(10),
    expected: [Problem(.tooManySegmentGroups, step: "seg", field: "groups",
      "Segment \"seg\" has 11 groups: the most is 10, so merge or remove 1.")]),
  RuleCase(
    name: "group without name",
    broken: F.journey { $0.changeSegment("seg") { $0.groups[0].name = " " } },
    fixed: F.journey,
    expected: [Problem(.segmentGroupWithoutName, step: "seg", field: "groups[0].name",
      "Group 1 of Segment \"seg\" has no name: name it so that its branch can be told apart.")]),
  RuleCase(
    name: "two groups with one name",
    broken: F.journey { $0.changeSegment("seg") { $0.groups[1].name = "Leads " } },
    fixed: F.journey,
    expected: [Problem(.duplicateGroupName, step: "seg", field: "groups[1].name",
      "Segment \"seg\" has two groups named \"Leads\": give each group its own name.")]),
  RuleCase(
    name: "group without values",
    broken: groups([" "], ["customer"]), fixed: groups(["lead"], ["customer"]),
    expected: [Problem(.segmentGroupWithoutValues, step: "seg", field: "groups[0].values",
      "Group \"Leads\" of Segment \"seg\" has no values: add the values that send contacts "
        + "down this branch.")]),
  RuleCase(
    name: "group with an empty value",
    broken: groups(["lead", ""], ["customer"]), fixed: groups(["lead", "churned"], ["customer"]),
    expected: [Problem(.missingValue, step: "seg", field: "groups[0].values[1]",
      "Group \"Leads\" of Segment \"seg\" has an empty value: remove it or type a value.")]),
  RuleCase(
    name: "group value that is not a number",
    broken: groups(["18", "abc"], ["65"], field: "age"),
    fixed: groups(["18", "1e2"], ["65"], field: "age"),
    expected: [Problem(.valueTypeMismatch, step: "seg", field: "groups[0].values[1]",
      "Group \"Leads\" of Segment \"seg\" holds \"abc\", which is not a number: type a decimal "
        + "such as 42, -12.5 or 1e3.")]),
  RuleCase(
    name: "group value outside the known values",
    broken: groups(["lead", "leed"], ["customer"]),
    fixed: groups(["lead", " churned "], ["customer"]),
    expected: [Problem(.unknownSegmentValue, step: "seg", field: "groups[0].values[1]",
      "Group \"Leads\" of Segment \"seg\" holds \"leed\", which is not a known value of field "
        + "\"status\": check the spelling (known values: \"lead\", \"customer\", \"churned\").")]),
  RuleCase(
    name: "one value in two groups",
    broken: groups(["lead"], ["customer", "lead"]), fixed: groups(["lead"], ["customer"]),
    expected: [Problem(.duplicateSegmentValue, step: "seg", field: "groups[1].values[1]",
      "Group \"Customers\" of Segment \"seg\" holds \"lead\", which group \"Leads\" already "
        + "holds: contacts with it take the first group, so remove it from one of them.")]),
  RuleCase(
    name: "one number written two ways in two groups",
    broken: groups(["10"], ["1e1"], field: "age"), fixed: groups(["10"], ["1e2"], field: "age"),
    expected: [Problem(.duplicateSegmentValue, step: "seg", field: "groups[1].values[0]",
      "Group \"Customers\" of Segment \"seg\" holds \"1e1\", which group \"Leads\" already "
        + "holds: contacts with it take the first group, so remove it from one of them.")]),
  RuleCase(
    name: "group branch leads nowhere",
    broken: F.journey {
      $0.removeSteps("act1", "stop1")
      $0.changeSegment("seg") { $0.groups[0].next = nil }
    },
    fixed: F.journey,
    expected: [Problem(.branchNotConnected, step: "seg", field: "groups[0].next",
      "Group \"Leads\" of Segment \"seg\" leads to no step: connect it to a step, such as a "
        + "Stop.")]),
  RuleCase(
    name: "other branch leads nowhere",
    broken: F.journey {
      $0.removeSteps("stopOther")
      $0.changeSegment("seg") { $0.otherNext = nil }
    },
    fixed: F.journey,
    expected: [Problem(.branchNotConnected, step: "seg", field: "other",
      "The other branch of Segment \"seg\" leads to no step: connect it to a step, such as a "
        + "Stop.")]),
]

private let pauseCases: [RuleCase] = [
  RuleCase(
    name: "pause without condition",
    broken: F.journey { $0.changePause("pause") { $0.condition = nil } },
    fixed: F.journey,
    expected: [Problem(.pauseWithoutCondition, step: "pause", field: "condition",
      "Pause Until \"pause\" has no condition: choose the profile field or event that releases "
        + "contacts.")]),
  RuleCase(
    name: "pause on an unknown event",
    broken: pauseOn(.event(EventCondition(event: "refund"))),
    fixed: pauseOn(.event(EventCondition(event: "purchase"))),
    expected: [Problem(.unknownEvent, step: "pause", field: "condition.event",
      "The condition of Pause Until \"pause\" counts event \"refund\", which is not in the "
        + "catalogue: choose one of its event tables.")]),
  RuleCase(
    name: "pause on a value that does not fit",
    broken: pauseOn(.profile(FieldCondition("age", .greaterOrEqual, "old"))),
    fixed: pauseOn(.profile(FieldCondition("age", .greaterOrEqual, "65"))),
    expected: [Problem(.valueTypeMismatch, step: "pause", field: "condition.value",
      "The condition of Pause Until \"pause\" compares number field \"age\" with \"old\", which "
        + "is not a number: type a decimal such as 42, -12.5 or 1e3.")]),
  RuleCase(
    name: "timeout of 0 minutes",
    broken: timeout(TimeSpan(0, .minutes)), fixed: timeout(TimeSpan(1, .minutes)),
    expected: [Problem(.timeoutTooShort, step: "pause", field: "timeout.amount",
      "Pause Until \"pause\" times out after 0 minutes: the shortest timeout is 1 minute.")]),
  RuleCase(
    name: "timeout of 366 days",
    broken: timeout(TimeSpan(366, .days)), fixed: timeout(TimeSpan(365, .days)),
    expected: [Problem(.timeoutTooLong, step: "pause", field: "timeout.amount",
      "Pause Until \"pause\" times out after 366 days: the longest timeout is 365 days.")]),
  RuleCase(
    name: "pause without timeout",
    broken: timeout(nil), fixed: timeout(TimeSpan(30, .days)),
    expected: [Problem(.pauseWithoutTimeout, step: "pause", field: "timeout",
      "Pause Until \"pause\" has no timeout: contacts that never meet the condition wait for "
        + "ever, so set a timeout of up to 365 days.")]),
  RuleCase(
    name: "met path leads nowhere",
    broken: F.journey {
      $0.removeSteps("act2", "stop2")
      $0.changePause("pause") { $0.metNext = nil }
    },
    fixed: F.journey,
    expected: [Problem(.branchNotConnected, step: "pause", field: "whenMet",
      "The met path of Pause Until \"pause\" leads to no step: connect it to a step, such as a "
        + "Stop.")]),
  RuleCase(
    name: "timeout path leads nowhere",
    broken: F.journey {
      $0.removeSteps("stop3")
      $0.changePause("pause") { $0.timeoutNext = nil }
    },
    fixed: F.journey,
    expected: [Problem(.branchNotConnected, step: "pause", field: "onTimeout",
      "The timeout path of Pause Until \"pause\" leads to no step: connect it to a step, such "
        + "as a Stop.")]),
]

private let activateCases: [RuleCase] = [
  RuleCase(
    name: "activate without destination",
    broken: F.journey { $0.changeActivate("act1") { $0.destinations = [] } },
    fixed: F.journey,
    expected: [Problem(.activateWithoutDestination, step: "act1", field: "destinations",
      "Activate \"act1\" has no destination: choose at least one destination.")]),
  RuleCase(
    name: "unknown destination",
    broken: F.journey { $0.changeActivate("act1") { $0.destinations = ["email", "sms"] } },
    fixed: F.journey { $0.changeActivate("act1") { $0.destinations = ["email", "push"] } },
    expected: [Problem(.unknownDestination, step: "act1", field: "destinations[1]",
      "Activate \"act1\" sends to destination \"sms\", which is not in the catalogue: choose "
        + "one of its destinations.")]),
  RuleCase(
    name: "activate right after start",
    broken: F.journey {
      $0.connectStep("start", to: "actX")
      $0.steps.insert(activate("actX", "push", next: "wait1"), at: 1)
    },
    fixed: F.journey {
      $0.connectStep("wait1", to: "actX")
      $0.steps.insert(activate("actX", "push", next: "seg"), at: 2)
    },
    expected: [Problem(.activateAfterStart, step: "actX", field: "",
      "Activate \"actX\" comes right after Start: contacts are activated the moment they "
        + "enter, so add a Wait before it unless that is intended.")]),
  RuleCase(
    name: "repeat with no wait before the activations",
    broken: F.journey {
      $0.allowRepeat = true
      $0.removeSteps("wait1")
      $0.connectStep("start", to: "seg")
    },
    fixed: F.journey { $0.allowRepeat = true },
    expected: ["act1", "act2"].map { (id: String) in
      Problem(.repeatWithoutWait, step: id, field: "",
        "Activate \"\(id)\" has no Wait before it while Allow Journey Repeat is on: a contact "
          + "that enters again is activated again at once, so add a Wait before it.")
    }),
  RuleCase(
    name: "one destination twice on a path",
    broken: F.journey {
      $0.connectStep("wait1", to: "actY")
      $0.steps.insert(activate("actY", "crm", next: "seg"), at: 2)
    },
    fixed: F.journey {
      $0.connectStep("wait1", to: "actY")
      $0.steps.insert(activate("actY", "push", next: "seg"), at: 2)
    },
    expected: [Problem(.duplicateDestinationOnPath, step: "act2", field: "destinations[0]",
      "Activate \"act2\" sends to \"crm\" again: Activate \"actY\" above it on the same path "
        + "already does, so remove one of them.")]),
]

private let pathCases: [RuleCase] = [
  RuleCase(
    name: "activate path without stop",
    broken: F.journey {
      $0.removeSteps("stop1")
      $0.connectStep("act1", to: nil)
    },
    fixed: F.journey,
    expected: [Problem(.pathWithoutStop, step: "act1", field: "next",
      "Activate \"act1\" ends its path without a Stop: contacts complete there; add a Stop "
        + "after it to make the end explicit.")]),
  RuleCase(
    name: "start leads nowhere",
    broken: F.journey { $0.steps = [Step(id: "start", kind: .start(next: nil))] },
    fixed: F.journey {
      $0.steps = [
        Step(id: "start", kind: .start(next: "stop")), Step(id: "stop", kind: .stop(next: nil)),
      ]
    },
    expected: [Problem(.pathWithoutStop, step: "start", field: "next",
      "Start \"start\" leads to no step: contacts complete as soon as they enter; add the "
        + "journey's steps and end each path with a Stop.")]),
  RuleCase(
    name: "wait on the met path",
    broken: F.journey {
      $0.changePause("pause") { $0.metNext = "waitM" }
      $0.steps.append(wait("waitM", next: "act2"))
    },
    fixed: F.journey,
    expected: [Problem(.waitOnPausePath, step: "waitM", field: "",
      "Wait \"waitM\" comes right after Pause Until \"pause\" is met: it holds contacts again "
        + "just as the condition releases them, so remove it or move it further down.")]),
  RuleCase(
    name: "wait on the timeout path",
    broken: F.journey {
      $0.removeSteps("stop3")
      $0.changePause("pause") { $0.timeoutNext = "waitT" }
      $0.steps += [wait("waitT", next: "actT"), activate("actT", "push", next: "stop3")]
      $0.steps.append(Step(id: "stop3", kind: .stop(next: nil)))
    },
    fixed: F.journey {
      $0.removeSteps("stop3")
      $0.changePause("pause") {
        $0.timeoutNext = "actT"
        $0.timeout = TimeSpan(8, .days)
      }
      $0.steps.append(activate("actT", "push", next: "stop3"))
      $0.steps.append(Step(id: "stop3", kind: .stop(next: nil)))
    },
    expected: [Problem(.waitOnPausePath, step: "waitT", field: "",
      "Wait \"waitT\" comes right after the timeout of Pause Until \"pause\": it only makes the "
        + "timeout longer, so lengthen the timeout instead.")]),
  RuleCase(
    name: "wait right before a stop",
    broken: F.journey {
      $0.connectStep("act1", to: "waitS")
      $0.steps.append(wait("waitS", next: "stop1"))
    },
    fixed: F.journey {
      $0.connectStep("act1", to: "waitS")
      $0.steps += [wait("waitS", next: "actS"), activate("actS", "push", next: "stop1")]
    },
    expected: [Problem(.waitBeforeStop, step: "waitS", field: "next",
      "Wait \"waitS\" leads straight to Stop \"stop1\": contacts wait for nothing, so remove the "
        + "Wait or add a step after it.")]),
  RuleCase(
    name: "step after a stop",
    broken: F.journey {
      $0.connectStep("stop1", to: "extra")
      $0.steps.append(Step(id: "extra", kind: .stop(next: nil)))
    },
    fixed: F.journey,
    expected: [Problem(.stepAfterStop, step: "stop1", field: "next",
      "Stop \"stop1\" is followed by step \"extra\": a Stop ends its path, so move that step "
        + "elsewhere or replace the Stop.")]),
]

@Test(arguments: stepRuleCases)
func stepRuleBrokenGivesExactlyItsProblems(_ rule: RuleCase) {
  #expect(F.problems(rule.broken, hub: rule.hub) == rule.expected)
}

@Test(arguments: stepRuleCases)
func stepRuleFixedGivesNoProblem(_ rule: RuleCase) {
  #expect(F.problems(rule.fixed, hub: rule.hub) == [])
}

@Test func anEmptyListOfKnownValuesPutsNoLimitOnSegmentValues() {
  var hub = F.hub
  hub.fields[0].knownValues = []

  #expect(F.problems(groups(["anything"], ["else"]), hub: hub) == [])
  #expect(F.problems(groups(["anything"], ["else"])).map(\.code)
    == [.unknownSegmentValue, .unknownSegmentValue])
}
