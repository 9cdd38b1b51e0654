import Testing

@testable import JourneyModel

private typealias F = ValidationFixture

private func stop(_ id: StepID) -> Step { Step(id: id, kind: .stop(next: nil)) }

private func wait(_ id: StepID, next: StepID?) -> Step {
  Step(id: id, kind: .wait(WaitStep(mode: .duration(TimeSpan(1, .days)), next: next)))
}

/// Steps that do not form a tree: reported as one problem, ahead of the steps' own problems.
let treeRuleCases: [RuleCase] = [
  RuleCase(
    name: "two steps with one id",
    broken: F.journey { $0.steps.append(stop("wait1")) }, fixed: F.journey,
    expected: [Problem(.duplicateStepID, step: "wait1", field: "id",
      "Two steps have the id \"wait1\": give each step its own id.")]),
  RuleCase(
    name: "no start",
    broken: F.journey { $0.removeSteps("start") }, fixed: F.journey,
    expected: [Problem(.noStart, field: "steps",
      "The journey has no Start step: add one step with \"type\": \"start\".")]),
  RuleCase(
    name: "second start",
    broken: F.journey {
      $0.steps += [Step(id: "start2", kind: .start(next: "stop9")), stop("stop9")]
    },
    fixed: F.journey,
    expected: [Problem(.secondStart, step: "start2", field: "type",
      "Step \"start2\" is a second Start: a journey has exactly one Start step.")]),
  RuleCase(
    name: "path to a missing step",
    broken: F.journey { $0.connectStep("act1", to: "ghost") }, fixed: F.journey,
    expected: [Problem(.unknownTarget, step: "act1", field: "next",
      "The next path of step \"act1\" leads to \"ghost\", which is not a step: fix the id or "
        + "add the step.")]),
  RuleCase(
    name: "path back to start",
    broken: F.journey { $0.connectStep("act1", to: "start") }, fixed: F.journey,
    expected: [Problem(.leadsToStart, step: "act1", field: "next",
      "Step \"act1\" leads back to Start: Start cannot follow another step.")]),
  RuleCase(
    name: "two paths to one step",
    broken: F.journey { $0.connectStep("act1", to: "stop2") }, fixed: F.journey,
    expected: [Problem(.twoParents, step: "act2", field: "next",
      "Step \"stop2\" has two parents, \"act1\" and \"act2\": a step follows exactly one step, "
        + "so give one of them a copy of it instead.")]),
  RuleCase(
    name: "step no path leads to",
    broken: F.journey { $0.steps.append(stop("orphan")) }, fixed: F.journey,
    expected: [Problem(.unreachableStep, step: "orphan", field: "",
      "Step \"orphan\" is not connected: no path leads to it, so connect it or remove it.")]),
  RuleCase(
    name: "steps in a loop",
    broken: F.journey { $0.steps += [wait("loopA", next: "loopB"), wait("loopB", next: "loopA")] },
    fixed: F.journey,
    expected: [Problem(.cycle, step: "loopA", field: "",
      "Steps \"loopA\", \"loopB\" lead to each other in a cycle: a journey is a tree, so break "
        + "the loop.")]),
]

@Test(arguments: treeRuleCases)
func treeRuleBrokenGivesExactlyItsProblems(_ rule: RuleCase) {
  #expect(F.problems(rule.broken, hub: rule.hub) == rule.expected)
}

@Test(arguments: treeRuleCases)
func treeRuleFixedGivesNoProblem(_ rule: RuleCase) {
  #expect(F.problems(rule.fixed, hub: rule.hub) == [])
}

@Test func everyCodeHasABrokenJourney() {
  let covered = Set((journeyRuleCases + stepRuleCases + treeRuleCases).flatMap {
    $0.expected.map(\.code)
  })
  #expect(Set(ProblemCode.allCases).subtracting(covered) == [])
}

@Test func brokenTreeStillReportsEachStepsProblems() {
  let journey = F.journey {
    $0.connectStep("act1", to: "ghost")
    $0.changeWait("wait1") { $0.mode = nil }
    $0.changeActivate("act2") { $0.destinations = [] }
  }

  let found = F.problems(journey).map { "\($0.code.rawValue) \($0.stepID ?? "-")" }

  #expect(found == [
    "unknown-target act1", "wait-without-duration wait1", "activate-without-destination act2",
  ])
}

@Test func stepsReachedFromNowhereComeLastInFileOrder() {
  let journey = F.journey {
    $0.steps.insert(Step(id: "lostWait", kind: .wait(WaitStep(mode: nil, next: nil))), at: 0)
    $0.steps.append(Step(id: "lostPause", kind: .pauseUntil(PauseUntilStep(
      condition: nil, timeout: nil))))
  }

  let found = F.problems(journey).map { "\($0.code.rawValue) \($0.stepID ?? "-")" }

  #expect(found == [
    "unreachable-step lostWait",
    "wait-without-duration lostWait", "path-without-stop lostWait",
    "pause-without-condition lostPause", "pause-without-timeout lostPause",
    "branch-not-connected lostPause", "branch-not-connected lostPause",
  ])
}

@Test func emptyJourneyHasNoStartAndNothingElse() {
  #expect(F.problems(F.journey { $0.steps = [] }).map(\.code) == [.noStart])
}

@Test func pathBackUpTheTreeDoesNotHang() {
  let journey = F.journey { $0.connectStep("stop1", to: "wait1") }

  let codes = F.problems(journey).map(\.code)

  #expect(codes == [.twoParents, .stepAfterStop])
}

@Test func activationsInALoopDoNotHang() {
  let journey = F.journey {
    $0.steps += ["loopA": "loopB", "loopB": "loopA"].sorted { $0.key < $1.key }.map {
      Step(id: $0.key, kind: .activate(ActivateStep(destinations: ["email"], next: $0.value)))
    }
  }

  let found = F.problems(journey).map { "\($0.code.rawValue) \($0.stepID ?? "-")" }

  #expect(found == [
    "cycle loopA", "duplicate-destination-on-path loopA",
    "duplicate-destination-on-path loopB",
  ])
}
