import JourneyModel
import Testing

@testable import JourneyEngine

@Suite struct EngineRunTests {
  /// Start → Wait 1 hour → Activate email → Stop, entered on "visit".
  func simple(exit: RuleSet<Condition> = RuleSet()) -> Scenario {
    Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]), exit: exit,
      steps: [
        Steps.start("wait"), Steps.wait("wait", TimeSpan(1, .hours), next: "send"),
        Steps.activate("send", ["email"], next: "stop"), Steps.stop(),
      ])
  }

  @Test func entersAtTheEventTimeAndActivatesWhenTheWaitEnds() throws {
    var scenario = simple()
    scenario.events += "c1,visit,2026-03-01T09:10:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    let results = engine.run(["2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z"])
    #expect(results.map(\.entered) == [1, 0])
    #expect(results.map(\.completed) == [0, 1])
    #expect(results[1].activations == [Activation(
      contact: 0, destination: 0, step: 2, version: 3,
      arrival: Fixtures.t("2026-03-01T10:10:00Z"), runAt: Fixtures.t("2026-03-01T11:00:00Z"))])
    #expect(engine.traceLines == [
      "entered start 2026-03-01T09:10:00Z (run 2026-03-01T10:00:00Z): "
        + "visit at 2026-03-01T09:10:00Z",
      "reached start 2026-03-01T09:10:00Z (run 2026-03-01T10:00:00Z)",
      "reached wait 2026-03-01T09:10:00Z (run 2026-03-01T10:00:00Z)",
      "left wait 2026-03-01T10:10:00Z (run 2026-03-01T11:00:00Z) by next: "
        + "waited until 2026-03-01T10:10:00Z",
      "reached send 2026-03-01T10:10:00Z (run 2026-03-01T11:00:00Z)",
      "activated send 2026-03-01T10:10:00Z (run 2026-03-01T11:00:00Z): email",
      "left send 2026-03-01T10:10:00Z (run 2026-03-01T11:00:00Z) by next",
      "reached stop 2026-03-01T10:10:00Z (run 2026-03-01T11:00:00Z)",
      "completed stop 2026-03-01T10:10:00Z (run 2026-03-01T11:00:00Z): stop",
    ])
  }

  @Test func unsubscribeMidWaitExitsAndIsNeverActivated() throws {
    var scenario = simple(exit: RuleSet(.any, [
      .event(EventCondition(event: "unsubscribe")),
    ]))
    scenario.events += "c1,visit,2026-03-01T09:10:00Z,\nc1,unsubscribe,2026-03-01T09:40:00Z,\n"
      + "c2,visit,2026-03-01T09:20:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let results = engine.run(["2026-03-01T09:30:00Z", "2026-03-01T10:00:00Z",
      "2026-03-01T11:00:00Z"])
    #expect(results.map(\.entered) == [2, 0, 0])
    #expect(results.map(\.exitedCount) == [0, 1, 0])
    #expect(results[2].activations.map(\.contact) == [1])
    #expect(engine.state.steps.exited[1][ExitReason.exitRule.rawValue] == 1)
  }

  @Test func exitIsCheckedBeforeAdvanceEvenForAStepReachedEarlier() throws {
    var scenario = simple(exit: RuleSet(.any, [
      .profile(FieldCondition("status", .equals, "converted")),
    ]))
    scenario.events += "c1,visit,2026-03-01T08:00:00Z,\n"
    scenario.changes += "c1,2026-03-01T09:30:00Z,status,converted\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    let results = engine.run(["2026-03-01T08:30:00Z", "2026-03-01T10:00:00Z"])
    #expect(results[1].activations.isEmpty)
    #expect(results[1].exitedCount == 1)
    #expect(engine.traceLines.last == "exited wait 2026-03-01T10:00:00Z: "
      + "exit rule: status = converted")
  }

  @Test func qualifyingWhileMeetingExitRulesIsNotAdmitted() throws {
    var scenario = simple(exit: RuleSet(.any, [
      .profile(FieldCondition("status", .equals, "converted")),
    ]))
    scenario.profiles += "c1,free,converted,\n"
    scenario.events += "c1,visit,2026-03-01T08:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let result = engine.run(at: Fixtures.t("2026-03-01T09:00:00Z"))
    #expect(result.entered == 0)
    #expect(result.refused == 1)
  }

  @Test func nthEventEntryArrivesAtTheNthEvent() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit", count: 3)]),
      steps: [Steps.start("stop"), Steps.stop()])
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc1,visit,2026-03-01T09:05:00Z,\n"
      + "c1,visit,2026-03-01T09:07:00Z,\nc2,visit,2026-03-01T09:01:00Z,\n"
      + "c2,visit,2026-03-01T09:02:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    let results = engine.run(["2026-03-01T09:06:00Z", "2026-03-01T10:00:00Z"])
    #expect(results.map(\.entered) == [0, 1])
    #expect(engine.trace.first?.time == Fixtures.t("2026-03-01T09:07:00Z"))
    #expect(engine.trace.first?.detail == "3rd visit at 2026-03-01T09:07:00Z")
  }

  @Test func newOnlyCountsFromPublishExistingAndNewCountsAllHistory() throws {
    for (enrollment, entered) in [(Enrollment.newOnly, [0, 1]), (.existingAndNew, [2, 0])] {
      var scenario = Scenario(
        entry: RuleSet(.any, [Steps.event("visit")]),
        steps: [Steps.start("stop"), Steps.stop()], enrollment: enrollment)
      scenario.events += "c1,visit,2026-02-20T09:00:00Z,\nc2,visit,2026-02-27T09:00:00Z,\n"
        + "c2,visit,2026-03-01T00:00:00Z,\n"
      let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: nil)
      let results = engine.run(["2026-02-28T00:00:00Z", "2026-03-01T00:00:00Z"])
      #expect(results.map(\.entered) == entered, "\(enrollment)")
    }
  }

  @Test func existingMemberArrivesAtPublish() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [Steps.start("stop"), Steps.stop()], enrollment: .existingAndNew)
    scenario.events += "c1,visit,2026-02-20T09:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    engine.run(at: Fixtures.t("2026-03-01T05:00:00Z"))
    #expect(engine.trace.first?.time == Fixtures.t("2026-03-01T00:00:00Z"))
  }

  @Test func anyTakesTheEarliestRuleAllTheLatest() throws {
    for (op, arrival) in [(RuleOperator.any, "2026-03-01T09:00:00Z"),
      (.all, "2026-03-01T09:30:00Z")]
    {
      var scenario = Scenario(
        entry: RuleSet(op, [Steps.event("visit"), Steps.event("purchase")]),
        steps: [Steps.start("stop"), Steps.stop()])
      scenario.events += "c1,purchase,2026-03-01T09:30:00Z,5\nc1,visit,2026-03-01T09:00:00Z,\n"
        + "c2,visit,2026-03-01T09:10:00Z,\n"
      let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
      let result = engine.run(at: Fixtures.t("2026-03-01T10:00:00Z"))
      #expect(engine.trace.first?.time == Fixtures.t(arrival), "\(op)")
      let full = try scenario.engine(publish: "2026-03-01T00:00:00Z")
      #expect(full.run(at: Fixtures.t("2026-03-01T10:00:00Z")).entered == (op == .any ? 2 : 1))
      _ = result
    }
  }

  @Test func withoutRepeatAContactEntersOnceEver() throws {
    var scenario = simple()
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc1,visit,2026-03-01T12:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let results = engine.run(["2026-03-01T11:00:00Z", "2026-03-01T13:00:00Z",
      "2026-03-01T15:00:00Z"])
    #expect(results.map(\.entered) == [1, 0, 0])
  }

  @Test func withRepeatOnlyEventsAfterLeavingCount() throws {
    var scenario = simple()
    scenario.journey.allowRepeat = true
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc1,visit,2026-03-01T09:30:00Z,\n"
      + "c1,visit,2026-03-01T12:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    let results = engine.run(["2026-03-01T11:00:00Z", "2026-03-01T13:00:00Z",
      "2026-03-01T14:00:00Z"])
    #expect(results.map(\.entered) == [1, 1, 0])
    #expect(results.map(\.completed) == [1, 1, 0])
    #expect(engine.entries(of: 0) == 2)
    #expect(engine.trace.filter { $0.kind == .entered }.map(\.detail) == [
      "visit at 2026-03-01T09:00:00Z", "visit at 2026-03-01T12:00:00Z",
    ])
  }

  @Test func tiesAtOneMomentAreResolvedTheSameWayEveryRun() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [
        Steps.start("seg"),
        Step(id: "seg", kind: .segment(SegmentStep(
          field: "plan",
          groups: [SegmentGroup(name: "Pro", values: ["pro"], next: "a")], otherNext: "b"))),
        Steps.activate("a", ["crm"], next: nil), Steps.activate("b", ["email"], next: nil),
      ])
    scenario.profiles += "c1,free,,\n"
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\n"
    scenario.changes += "c1,2026-03-01T09:00:00Z,plan,pro\nc1,2026-03-01T09:00:00Z,plan,team\n"
    for _ in 0..<3 {
      let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
      engine.run(at: Fixtures.t("2026-03-01T10:00:00Z"))
      #expect(engine.trace.first { $0.kind == .left }?.detail == "plan = team is in no group")
    }
  }
}

@Suite struct EngineSnapshotTests {
  @Test func restoredEngineContinuesLikeTheOriginal() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [Steps.start("wait"), Steps.wait("wait", TimeSpan(2, .hours), next: "send"),
        Steps.activate("send", ["email"], next: nil)],
      repeats: true)
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc2,visit,2026-03-01T10:30:00Z,\n"
      + "c1,visit,2026-03-01T12:30:00Z,\n"
    let times = ["2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z", "2026-03-01T12:00:00Z",
      "2026-03-01T13:00:00Z", "2026-03-01T15:00:00Z"]
    let straight = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let expected = straight.run(times).map(\.activations)

    let first = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let before = first.run(Array(times.prefix(2))).map(\.activations)
    let snapshot = first.snapshot()
    #expect(snapshot.contacts.map(\.id) == ["c1", "c2"])
    #expect(snapshot.contacts.map(\.step) == [nil, "wait"])
    #expect(snapshot.contacts.map(\.status) == [.left, .inside])
    let resumed = JourneyEngine(plan: first.plan, snapshot: snapshot)
    let after = resumed.run(Array(times.dropFirst(2))).map(\.activations)
    #expect(before + after == expected)
    #expect(resumed.state.runs == 5)
  }

  @Test func contactOnARemovedStepLeavesWithThatReason() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [Steps.start("wait"), Steps.wait("wait", TimeSpan(2, .hours), next: nil)])
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\n"
    let first = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    first.run(at: Fixtures.t("2026-03-01T10:00:00Z"))
    var edited = scenario
    edited.journey.steps = [Steps.start("stop"), Steps.stop()]
    let plan = try ExecutionPlan(
      journey: edited.journey, hub: edited.hub, data: first.plan.data)
    let resumed = JourneyEngine(plan: plan, snapshot: first.snapshot())
    let result = resumed.run(at: Fixtures.t("2026-03-01T11:00:00Z"))
    #expect(result.exited[ExitReason.stepRemoved.rawValue] == 1)
    #expect(result.entered == 0)
  }
}

@Suite struct EngineEntryModeTests {
  @Test func fullRunAdmitsEveryoneWhoQualifiesNowButNotThoseInside() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [Steps.start("wait"), Steps.wait("wait", TimeSpan(1, .days), next: "send"),
        Steps.activate("send", ["email"], next: nil)])
    scenario.events += "old,visit,2026-02-01T09:00:00Z,\nnew,visit,2026-03-01T09:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    #expect(engine.run(at: Fixtures.t("2026-03-01T10:00:00Z")).entered == 1)
    let full = engine.run(at: Fixtures.t("2026-03-01T11:00:00Z"), mode: .full)
    #expect(full.entered == 1)
    #expect(engine.status(of: 0) == .inside)
    #expect(engine.run(at: Fixtures.t("2026-03-01T12:00:00Z"), mode: .full).entered == 0)
  }

  @Test func audienceMemberBeforePublishArrivesAtPublishOnlyForExistingAndNew() throws {
    for (enrollment, entered) in [(Enrollment.newOnly, 0), (.existingAndNew, 1)] {
      var scenario = Scenario(
        entry: RuleSet(.any, [.audience("vip")]), steps: [Steps.start("stop"), Steps.stop()],
        enrollment: enrollment)
      scenario.hub.audiences = [Audience(name: "vip", definition: .membership(file: "v.csv"))]
      scenario.memberships["v.csv"] = "contact_id,joined_at\nc1,2026-01-01T00:00:00Z\n"
      let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
      #expect(engine.run(at: Fixtures.t("2026-03-01T06:00:00Z")).entered == entered)
      if entered == 1 {
        #expect(engine.trace.first?.time == Fixtures.t("2026-03-01T00:00:00Z"))
        #expect(engine.trace.first?.detail
          == "in audience vip since before publish (2026-03-01T00:00:00Z)")
      }
    }
  }

  @Test func allNeedsTheAudienceAndTheEventAndTakesTheLater() throws {
    var scenario = Scenario(
      entry: RuleSet(.all, [.audience("vip"), Steps.event("visit")]),
      steps: [Steps.start("stop"), Steps.stop()])
    scenario.hub.audiences = [Audience(name: "vip", definition: .membership(file: "v.csv"))]
    scenario.memberships["v.csv"] = "contact_id,joined_at,left_at\n"
      + "c1,2026-03-01T12:00:00Z,\nc2,2026-03-01T01:00:00Z,2026-03-01T02:00:00Z\n"
    scenario.events += "c1,visit,2026-03-01T08:00:00Z,\nc2,visit,2026-03-01T03:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    engine.run(["2026-03-01T10:00:00Z", "2026-03-01T13:00:00Z"])
    #expect(engine.trace.first?.time == Fixtures.t("2026-03-01T12:00:00Z"))
    let all = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    #expect(all.run(["2026-03-01T10:00:00Z", "2026-03-01T13:00:00Z"]).map(\.entered) == [0, 1])
  }
}
