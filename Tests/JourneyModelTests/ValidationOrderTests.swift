import Testing

@testable import JourneyModel

private typealias F = ValidationFixture

/// A journey with problems everywhere: no entry rule, a long wait, a repeated segment value,
/// an unknown destination, a pause without timeout, an activation without destination.
private let messy = F.journey {
  $0.entry.rules = []
  $0.changeWait("wait1") { $0.mode = .duration(TimeSpan(400, .days)) }
  $0.changeSegment("seg") { $0.groups[1].values = ["lead"] }
  $0.changeActivate("act1") { $0.destinations = ["fax"] }
  $0.changePause("pause") { $0.timeout = nil }
  $0.changeActivate("act2") { $0.destinations = [] }
}

private func summary(_ problems: [Problem]) -> [String] {
  problems.map { "\($0.code.rawValue) \($0.stepID ?? "-")" }
}

@Test func journeyProblemsComeFirstThenStepsDepthFirst() {
  #expect(summary(F.problems(messy)) == [
    "no-entry-rule -", "wait-too-long wait1", "duplicate-segment-value seg",
    "unknown-destination act1", "pause-without-timeout pause", "activate-without-destination act2",
  ])
}

@Test func fileOrderOfStepsDoesNotChangeTheOrder() {
  var shuffled = messy
  shuffled.steps = [messy.steps[0]] + messy.steps.dropFirst().reversed()

  #expect(F.problems(shuffled) == F.problems(messy))
}

@Test func checkingOrderIsTheTreesDepthFirstOrder() throws {
  var reversed = F.journey
  reversed.steps = [F.journey.steps[0]] + F.journey.steps.dropFirst().reversed()

  for journey in [F.journey, reversed] {
    let graph = StepGraph(journey)
    let rows = try StepTree(journey).rows.map(\.id)
    #expect(graph.order.map { journey.steps[$0].id } == rows)
    #expect(graph.isTree)
  }
}

@Test func oneStepsProblemsFollowItsInputsThenItsPlace() {
  let journey = F.journey {
    $0.removeSteps("act2", "stop2")
    $0.changePause("pause") { $0.metNext = "waitM" }
    $0.steps.append(Step(id: "waitM", kind: .wait(WaitStep(mode: nil, next: nil))))
  }

  #expect(summary(F.problems(journey)) == [
    "wait-without-duration waitM", "wait-on-pause-path waitM", "path-without-stop waitM",
  ])
}

@Test func segmentProblemsFollowEachGroupThenOther() {
  let journey = F.journey {
    $0.removeSteps("act1", "stop1", "stopOther")
    $0.changeSegment("seg") {
      $0.field = "tier"
      $0.groups[0] = SegmentGroup(name: "", values: [], next: nil)
      $0.groups[1].values = ["customer", " "]
      $0.otherNext = nil
    }
  }

  #expect(F.problems(journey).map(\.field) == [
    "field", "groups[0].name", "groups[0].values", "groups[0].next", "groups[1].values[1]",
    "other",
  ])
}

@Test func validatorKeptForACatalogueGivesTheSameProblems() {
  let validator = Validator(hub: F.hub)

  #expect(validator.validate(messy) == Validator.validate(messy, hub: F.hub))
  #expect(validator.validate(F.journey) == [])
}

@Test func summaryCountsErrorsAndWarnings() {
  let summary = ValidationSummary(F.problems(messy))

  #expect(summary == ValidationSummary(errors: 4, warnings: 2))
  #expect(summary.description == "4 errors, 2 warnings")
  #expect(ValidationSummary([]).description == "no problems")
  #expect(ValidationSummary(errors: 1, warnings: 0).description == "1 error")
  #expect(ValidationSummary(errors: 0, warnings: 1).description == "1 warning")
}

@Test func problemDescriptionGivesSeverityMessageAndCode() {
  let problem = Problem(.waitTooLong, step: "w", field: "duration.amount", "Too long.")

  #expect(problem.description == "error: Too long. [wait-too-long]")
  #expect(problem.severity == .error)
  #expect(Problem(.pathWithoutStop, field: "", "Open.").severity == .warning)
}

@Test func codesAreStable() {
  #expect(ProblemCode.allCases.map(\.rawValue) == [
    "invalid-time-zone", "invalid-schedule", "no-entry-rule", "too-many-entry-rules",
    "too-many-exit-rules", "duplicate-step-id", "no-start", "second-start", "unknown-target",
    "leads-to-start", "two-parents", "unreachable-step", "cycle", "step-after-stop",
    "branch-not-connected", "wait-without-duration", "wait-too-short", "wait-too-long",
    "invalid-weekday", "invalid-time", "zone-field-not-string", "segment-without-field",
    "segment-without-groups", "too-many-segment-groups", "segment-group-without-name",
    "duplicate-group-name", "segment-group-without-values", "pause-without-condition",
    "timeout-too-short", "timeout-too-long", "activate-without-destination", "unknown-field",
    "unknown-event", "unknown-property", "unknown-audience", "unknown-destination",
    "missing-value", "too-many-values", "operator-type-mismatch", "value-type-mismatch",
    "invalid-minimum-count", "activate-after-start", "pause-without-timeout",
    "repeat-without-wait", "duplicate-segment-value", "unknown-segment-value",
    "path-without-stop", "wait-on-pause-path", "wait-before-stop",
    "duplicate-destination-on-path",
  ])
  #expect(ProblemCode.allCases.filter { $0.severity == .warning }.count == 9)
  #expect(ProblemCode.allCases.allSatisfy { !$0.meaning.isEmpty })
}

@Test func forEachPathVisitsThePathsInOrder() {
  let stopWithNext = Step(id: "s", kind: .stop(next: "x"))
  for step in F.journey.steps + [stopWithNext] {
    var visited: [StepPath] = []
    step.kind.forEachPath { visited.append(StepPath($0, $1)) }
    #expect(visited == step.paths)
  }
}
