import Testing

@testable import JourneyModel

private typealias F = ValidationFixture

private func exitRule(_ condition: FieldCondition) -> Journey {
  F.journey { $0.exit.rules[0] = .profile(condition) }
}

private func entryEvent(_ condition: EventCondition) -> Journey {
  F.journey { $0.entry.rules = [.event(condition)] }
}

private func valueCase(
  _ name: String, _ field: String, _ op: ConditionOperator, bad: [String], good: [String],
  at path: String, _ message: String
) -> RuleCase {
  RuleCase(
    name: name,
    broken: exitRule(FieldCondition(field: field, op: op, values: bad)),
    fixed: exitRule(FieldCondition(field: field, op: op, values: good)),
    expected: [Problem(.valueTypeMismatch, field: path, message)])
}

/// Rules about settings, entry rules, exit rules and the conditions in them.
let journeyRuleCases: [RuleCase] = [
  RuleCase(
    name: "journey time zone unknown",
    broken: F.journey { $0.settings.timeZone = "Mars/Base" },
    fixed: F.journey { $0.settings.timeZone = "America/New_York" },
    expected: [Problem(.invalidTimeZone, field: "settings.timeZone",
      "The journey's time zone \"Mars/Base\" is not a known time zone: type an IANA name such "
        + "as \"Europe/Paris\" or \"UTC\".")]),
  RuleCase(
    name: "journey time zone empty",
    broken: F.journey { $0.settings.timeZone = " " },
    fixed: F.journey { $0.settings.timeZone = nil },
    expected: [Problem(.invalidTimeZone, field: "settings.timeZone",
      "The journey's time zone is empty: type an IANA name such as \"Europe/Paris\", or remove "
        + "it to use the workspace's.")]),
  RuleCase(
    name: "workspace time zone unknown and used",
    hub: { var hub = F.hub; hub.timeZone = "Nowhere/Land"; return hub }(),
    broken: F.journey { $0.settings.timeZone = nil },
    fixed: F.journey { $0.settings.timeZone = "UTC" },
    expected: [Problem(.invalidTimeZone, field: "settings.timeZone",
      "The workspace's time zone \"Nowhere/Land\", which this journey uses, is not a known "
        + "time zone: fix it in hub.json or give the journey its own time zone.")]),
  RuleCase(
    name: "schedule every 0 hours",
    broken: F.journey { $0.settings.schedule = .everyHours(0) },
    fixed: F.journey { $0.settings.schedule = .everyHours(24) },
    expected: [Problem(.invalidSchedule, field: "settings.schedule",
      "The schedule runs every 0 hours: choose a number of hours from 1 to 24.")]),
  RuleCase(
    name: "schedule at 24:00",
    broken: F.journey {
      var time = TimeOfDay(hour: 9, minute: 0)!
      time.hour = 24
      $0.settings.schedule = .daily(time)
    },
    fixed: F.journey { $0.settings.schedule = .daily(TimeOfDay(hour: 23, minute: 59)!) },
    expected: [Problem(.invalidSchedule, field: "settings.schedule",
      "The schedule runs at 24:00, which is not a time of day: use HH:MM from 00:00 to 23:59.")]),
  RuleCase(
    name: "no entry rule",
    broken: F.journey { $0.entry.rules = [] },
    fixed: entryEvent(EventCondition(event: "purchase")),
    expected: [Problem(.noEntryRule, field: "entry.rules",
      "The journey has no entry rule: add an audience or event rule that says who enters.")]),
  RuleCase(
    name: "11 entry rules",
    broken: F.journey { $0.entry.rules = Array(repeating: .audience("lapsed"), count: 11) },
    fixed: F.journey { $0.entry.rules = Array(repeating: .audience("lapsed"), count: 10) },
    expected: [Problem(.tooManyEntryRules, field: "entry.rules",
      "The journey has 11 entry rules: the most is 10, so remove 1.")]),
  RuleCase(
    name: "11 exit rules",
    broken: F.journey { $0.exit.rules = Array(repeating: $0.exit.rules[0], count: 11) },
    fixed: F.journey { $0.exit.rules = Array(repeating: $0.exit.rules[0], count: 10) },
    expected: [Problem(.tooManyExitRules, field: "exit.rules",
      "The journey has 11 exit rules: the most is 10, so remove 1.")]),
  RuleCase(
    name: "unknown audience",
    broken: F.journey { $0.entry.rules = [.audience("lost")] },
    fixed: F.journey { $0.entry.rules = [.audience("lapsed")] },
    expected: [Problem(.unknownAudience, field: "entry.rules[0].audience",
      "Entry rule 1 uses audience \"lost\", which is not in the catalogue: choose one of its "
        + "audiences.")]),
  RuleCase(
    name: "empty audience",
    broken: F.journey { $0.entry.rules = [.audience("lapsed"), .audience("")] },
    fixed: F.journey { $0.entry.rules = [.audience("lapsed"), .audience("lapsed")] },
    expected: [Problem(.unknownAudience, field: "entry.rules[1].audience",
      "Entry rule 2 names no audience: choose one of the catalogue's audiences.")]),
  RuleCase(
    name: "unknown event",
    broken: entryEvent(EventCondition(event: "purchases")),
    fixed: entryEvent(EventCondition(event: "purchase")),
    expected: [Problem(.unknownEvent, field: "entry.rules[0].event",
      "Entry rule 1 counts event \"purchases\", which is not in the catalogue: choose one of "
        + "its event tables.")]),
  RuleCase(
    name: "empty event",
    broken: entryEvent(EventCondition(event: " ")),
    fixed: entryEvent(EventCondition(event: "purchase")),
    expected: [Problem(.unknownEvent, field: "entry.rules[0].event",
      "Entry rule 1 names no event: choose one of the catalogue's event tables.")]),
  RuleCase(
    name: "event needed 0 times",
    broken: entryEvent(EventCondition(event: "purchase", minimumCount: 0)),
    fixed: entryEvent(EventCondition(event: "purchase", minimumCount: 1)),
    expected: [Problem(.invalidMinimumCount, field: "entry.rules[0].atLeast",
      "Entry rule 1 needs event \"purchase\" at least 0 times: the count must be 1 or more.")]),
  RuleCase(
    name: "unknown property",
    broken: entryEvent(EventCondition(
      event: "purchase", filters: [FieldCondition("amt", .greater, "10")])),
    fixed: entryEvent(EventCondition(
      event: "purchase", filters: [FieldCondition("amount", .greater, "10")])),
    expected: [Problem(.unknownProperty, field: "entry.rules[0].where[0].property",
      "Entry rule 1 filters event \"purchase\" on property \"amt\", which that event table "
        + "does not have: choose one of its properties.")]),
  RuleCase(
    name: "empty property",
    broken: entryEvent(EventCondition(
      event: "purchase", filters: [FieldCondition(field: "", op: .isSet)])),
    fixed: entryEvent(EventCondition(
      event: "purchase", filters: [FieldCondition(field: "sku", op: .isSet)])),
    expected: [Problem(.unknownProperty, field: "entry.rules[0].where[0].property",
      "Entry rule 1 has a filter on event \"purchase\" that names no property: choose one of "
        + "its properties.")]),
  RuleCase(
    name: "unknown field",
    broken: exitRule(FieldCondition("stage", .equals, "churned")),
    fixed: exitRule(FieldCondition("status", .equals, "churned")),
    expected: [Problem(.unknownField, field: "exit.rules[0].field",
      "Exit rule 1 tests field \"stage\", which is not in the catalogue: choose one of its "
        + "profile fields.")]),
  RuleCase(
    name: "empty field",
    broken: exitRule(FieldCondition("", .equals, "churned")),
    fixed: exitRule(FieldCondition("status", .equals, "churned")),
    expected: [Problem(.unknownField, field: "exit.rules[0].field",
      "Exit rule 1 names no field: choose one of the catalogue's profile fields.")]),
  RuleCase(
    name: "= without a value",
    broken: exitRule(FieldCondition(field: "status", op: .equals, values: [])),
    fixed: exitRule(FieldCondition(field: "status", op: .equals, values: ["churned"])),
    expected: [Problem(.missingValue, field: "exit.rules[0].value",
      "Exit rule 1 compares string field \"status\" with \"=\" but has no value: type the "
        + "value to compare with.")]),
  RuleCase(
    name: "= with a blank value",
    broken: exitRule(FieldCondition("status", .equals, " \t")),
    fixed: exitRule(FieldCondition("status", .equals, " churned\n")),
    expected: [Problem(.missingValue, field: "exit.rules[0].value",
      "Exit rule 1 compares string field \"status\" with \"=\" but has no value: type the "
        + "value to compare with.")]),
  RuleCase(
    name: "in without values",
    broken: exitRule(FieldCondition(field: "status", op: .isIn, values: [])),
    fixed: exitRule(FieldCondition(field: "status", op: .isIn, values: ["churned"])),
    expected: [Problem(.missingValue, field: "exit.rules[0].values",
      "Exit rule 1 tests string field \"status\" with \"in\" but lists no values: add at least "
        + "one value.")]),
  RuleCase(
    name: "not in with an empty value",
    broken: exitRule(FieldCondition(field: "status", op: .notIn, values: ["lead", ""])),
    fixed: exitRule(FieldCondition(field: "status", op: .notIn, values: ["lead", "customer"])),
    expected: [Problem(.missingValue, field: "exit.rules[0].values[1]",
      "Exit rule 1 lists an empty value for string field \"status\": remove it or type a "
        + "value.")]),
  RuleCase(
    name: "= with two values",
    broken: exitRule(FieldCondition(field: "status", op: .equals, values: ["lead", "churned"])),
    fixed: exitRule(FieldCondition(field: "status", op: .isIn, values: ["lead", "churned"])),
    expected: [Problem(.tooManyValues, field: "exit.rules[0].values",
      "Exit rule 1 compares string field \"status\" with \"=\" against 2 values: \"=\" takes "
        + "one value, so keep one or use \"in\".")]),
  RuleCase(
    name: "ordering a bool",
    broken: exitRule(FieldCondition("vip", .less, "true")),
    fixed: exitRule(FieldCondition("vip", .notEquals, "true")),
    expected: [Problem(.operatorTypeMismatch, field: "exit.rules[0].op",
      "Exit rule 1 uses \"<\" on bool field \"vip\": true and false have no order, so use "
        + "\"=\" or \"!=\".")]),
  RuleCase(
    name: "contains on a number",
    broken: exitRule(FieldCondition("age", .contains, "4")),
    fixed: exitRule(FieldCondition("age", .equals, "4")),
    expected: [Problem(.operatorTypeMismatch, field: "exit.rules[0].op",
      "Exit rule 1 uses \"contains\" on number field \"age\": \"contains\" needs a string "
        + "field, so use \"=\" or \"in\".")]),
  valueCase(
    "number that is not a decimal", "age", .greater, bad: ["abc"], good: [" 1e3 "],
    at: "exit.rules[0].value",
    "Exit rule 1 compares number field \"age\" with \"abc\", which is not a number: type a "
      + "decimal such as 42, -12.5 or 1e3."),
  valueCase(
    "number with a decimal comma", "age", .isIn, bad: ["18", "12,5"], good: ["18", "-12.5"],
    at: "exit.rules[0].values[1]",
    "Exit rule 1 compares number field \"age\" with \"12,5\", which is not a number: type a "
      + "decimal such as 42, -12.5 or 1e3."),
  valueCase(
    "bool that is not one", "vip", .equals, bad: ["maybe"], good: [" Yes "],
    at: "exit.rules[0].value",
    "Exit rule 1 compares bool field \"vip\" with \"maybe\", which is not true or false: type "
      + "true or false (yes/no and 1/0 work too)."),
  valueCase(
    "date that is not ISO 8601", "signup", .less, bad: ["2026-13-01"],
    good: ["2026-03-01T09:00:00+02:00"], at: "exit.rules[0].value",
    "Exit rule 1 compares date field \"signup\" with \"2026-13-01\", which is not a date: type "
      + "an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:00:00Z."),
  RuleCase(
    name: "property value that does not fit",
    broken: F.journey {
      $0.exit.rules[1] = .event(EventCondition(
        event: "purchase", filters: [FieldCondition("amount", .greaterOrEqual, "lots")]))
    },
    fixed: F.journey {
      $0.exit.rules[1] = .event(EventCondition(
        event: "purchase", filters: [FieldCondition("amount", .greaterOrEqual, "99.5")]))
    },
    expected: [Problem(.valueTypeMismatch, field: "exit.rules[1].where[0].value",
      "Exit rule 2 compares number property \"amount\" with \"lots\", which is not a number: "
        + "type a decimal such as 42, -12.5 or 1e3.")]),
]

@Test func fixtureJourneyHasNoProblem() {
  #expect(F.problems(F.journey) == [])
}

@Test(arguments: journeyRuleCases)
func journeyRuleBrokenGivesExactlyItsProblems(_ rule: RuleCase) {
  #expect(F.problems(rule.broken, hub: rule.hub) == rule.expected)
}

@Test(arguments: journeyRuleCases)
func journeyRuleFixedGivesNoProblem(_ rule: RuleCase) {
  #expect(F.problems(rule.fixed, hub: rule.hub) == [])
}
