import JourneyModel
import Testing

@testable import JourneyEngine

@Suite struct EnginePauseSegmentTests {
  /// Start → Pause Until (purchase or a profile condition, 2 hour timeout) → met: Activate
  /// email; timeout: Activate crm.
  func pause(_ condition: Condition, timeout: TimeSpan? = TimeSpan(2, .hours)) -> Scenario {
    Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [
        Steps.start("pause"),
        Steps.pause("pause", condition, timeout: timeout, met: "yes", timedOut: "no"),
        Steps.activate("yes", ["email"], next: nil), Steps.activate("no", ["crm"], next: nil),
      ])
  }

  let purchase = Condition.event(EventCondition(event: "purchase"))

  @Test func purchaseBeforeTheBatchRunCountsForThePause() throws {
    var scenario = pause(purchase)
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc1,purchase,2026-03-01T09:30:00Z,9\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    let result = engine.run(at: Fixtures.t("2026-03-01T10:00:00Z"))
    #expect(result.activations.map(\.destination) == [0])
    #expect(result.activations.first?.arrival == Fixtures.t("2026-03-01T09:30:00Z"))
    #expect(engine.traceLines.contains(
      "left pause 2026-03-01T09:30:00Z (run 2026-03-01T10:00:00Z) by met: "
        + "purchase at 2026-03-01T09:30:00Z"))
  }

  @Test func eventAtTheArrivalSecondDoesNotCount() throws {
    var scenario = pause(purchase)
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc1,purchase,2026-03-01T09:00:00Z,9\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let results = engine.run(["2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z"])
    #expect(results.map(\.activations.count) == [0, 1])
    #expect(results[1].activations.first?.destination == 1)
    #expect(results[1].activations.first?.arrival == Fixtures.t("2026-03-01T11:00:00Z"))
  }

  @Test func timeoutPathAtTheDeadlineAndConditionMetExactlyAtIt() throws {
    var scenario = pause(purchase)
    scenario.events += "late,visit,2026-03-01T09:00:00Z,\nlate,purchase,2026-03-01T11:00:01Z,9\n"
      + "edge,visit,2026-03-01T09:00:00Z,\nedge,purchase,2026-03-01T11:00:00Z,9\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let results = engine.run(["2026-03-01T10:00:00Z", "2026-03-01T12:00:00Z"])
    let sent = results[1].activations.map { ($0.contact, $0.destination, $0.arrival) }
    #expect(sent.map(\.0) == [0, 1])
    #expect(sent.map(\.1) == [0, 1])
    let deadline = Fixtures.t("2026-03-01T11:00:00Z")
    #expect(sent.map(\.2) == [deadline, deadline])
    #expect(engine.plan.data.contactIDs == ["edge", "late"])
  }

  @Test func profileConditionAlreadyTrueIsMetAtArrival() throws {
    var scenario = pause(.profile(FieldCondition("plan", .equals, "pro")))
    scenario.profiles += "c1,pro,,\nc2,free,,\n"
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc2,visit,2026-03-01T09:00:00Z,\n"
    scenario.changes += "c2,2026-03-01T09:45:00Z,plan,pro\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    let result = engine.run(at: Fixtures.t("2026-03-01T10:00:00Z"))
    #expect(result.activations.map(\.arrival) == [
      Fixtures.t("2026-03-01T09:00:00Z"), Fixtures.t("2026-03-01T09:45:00Z"),
    ])
  }

  @Test func withoutTimeoutTheContactWaitsForEver() throws {
    var scenario = pause(purchase, timeout: nil)
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    engine.run(["2026-03-01T10:00:00Z", "2027-03-01T10:00:00Z"])
    #expect(engine.present == ["pause": 1])
    #expect(engine.nextDueTime(after: Fixtures.t("2027-03-01T10:00:00Z")) == nil)
  }

  @Test func segmentReadsTheProfileAsOfArrival() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [Steps.event("visit")]),
      steps: [
        Steps.start("wait"), Steps.wait("wait", TimeSpan(1, .hours), next: "seg"),
        Step(id: "seg", kind: .segment(SegmentStep(
          field: "score",
          groups: [
            SegmentGroup(name: "High", values: ["100", "1e3"], next: "a"),
            SegmentGroup(name: "Also high", values: ["1000"], next: "b"),
          ],
          otherNext: "c"))),
        Steps.stop("a"), Steps.stop("b"), Steps.stop("c"),
      ])
    scenario.profiles = "contact_id,score\nc1,5\nc2,\n"
    scenario.events += "c1,visit,2026-03-01T09:00:00Z,\nc2,visit,2026-03-01T09:00:00Z,\n"
    scenario.changes += "c1,2026-03-01T10:00:00Z,score,1000.0\nc1,2026-03-01T10:30:00Z,score,1\n"
    let all = try scenario.engine(publish: "2026-03-01T00:00:00Z")
    all.run(["2026-03-01T09:00:00Z", "2026-03-01T12:00:00Z"])
    #expect(all.state.steps.left[2] == [1, 0, 1])
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    engine.run(["2026-03-01T09:00:00Z", "2026-03-01T12:00:00Z"])
    #expect(engine.trace.first { $0.kind == .left && $0.step == "seg" }?.detail
      == "score = 1000")
  }

  @Test func audienceMemberReentersOnlyAfterLeavingAndRejoining() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [.audience("vip")]),
      steps: [Steps.start("wait"), Steps.wait("wait", TimeSpan(1, .days), next: "send"),
        Steps.activate("send", ["email"], next: nil)],
      repeats: true)
    scenario.hub.audiences = [Audience(name: "vip", definition: .membership(file: "vip.csv"))]
    scenario.memberships["vip.csv"] = "contact_id,joined_at,left_at\n"
      + "c1,2026-03-01T10:00:00Z,2026-03-05T00:00:00Z\nc1,2026-03-06T08:00:00Z,\n"
    let engine = try scenario.engine(publish: "2026-03-01T00:00:00Z", tracing: "c1")
    let times = (1...8).map { String(format: "2026-03-%02dT12:00:00Z", $0) }
    let results = engine.run(times)
    #expect(results.map(\.entered) == [1, 0, 0, 0, 0, 1, 0, 0])
    #expect(results.map(\.activations.count) == [0, 1, 0, 0, 0, 0, 1, 0])
    #expect(engine.trace.filter { $0.kind == .entered }.map(\.detail) == [
      "joined audience vip at 2026-03-01T10:00:00Z",
      "joined audience vip at 2026-03-06T08:00:00Z",
    ])
  }

  @Test func noPurchaseInTheLastDaysJoinsThatLongAfterTheLastPurchase() throws {
    var scenario = Scenario(
      entry: RuleSet(.any, [.audience("lapsed")]),
      steps: [Steps.start("stop"), Steps.stop()])
    scenario.hub.audiences = [Audience(
      name: "lapsed",
      definition: .rule(RuleSet(.all, [
        .noEvent(event: "purchase", filters: [], days: 10),
        .profile(FieldCondition(field: "plan", op: .isSet)),
      ])))]
    scenario.profiles += "c1,pro,,\nc2,,,\n"
    scenario.events += "c1,purchase,2026-03-01T09:00:00Z,1\nc1,purchase,2026-03-03T09:00:00Z,1\n"
      + "c2,purchase,2026-03-01T09:00:00Z,1\n"
    let engine = try scenario.engine(publish: "2026-03-02T00:00:00Z", tracing: "c1")
    let results = engine.run(["2026-03-13T08:59:59Z", "2026-03-13T09:00:00Z"])
    #expect(results.map(\.entered) == [0, 1])
    #expect(engine.trace.first?.detail == "joined audience lapsed at 2026-03-13T09:00:00Z")
  }
}
