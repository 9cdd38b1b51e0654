import Foundation
import JourneyEngine
import JourneyModel
import JourneyOperations
import JourneyStore
import Testing

/// One journey driven through its live life: publish, a failing run, scheduled runs, a
/// failing webhook, a pause, an edit, a resume that removes a step with contacts on it, and
/// a Full run, checking what each destination received, where contacts are, and the
/// history.
@Suite struct LiveScenarioTests {
  /// Start → Wait 1 hour → Segment plan: pro → Activate email → Stop; other → Activate ads
  /// → Wait 2 days ("remind") → Activate email → Stop.
  static func welcome() -> Journey {
    Journey(
      id: "welcome", name: "Welcome", updatedAt: t("2026-11-20T00:00:00Z"),
      entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]),
      steps: [
        Step(id: "start", kind: .start(next: "wait")),
        Step(id: "wait", kind: .wait(WaitStep(mode: .duration(TimeSpan(1, .hours)), next: "seg"))),
        Step(id: "seg", kind: .segment(SegmentStep(
          field: "plan", groups: [SegmentGroup(name: "Pro", values: ["pro"], next: "email")],
          otherNext: "ads"))),
        Step(id: "email", kind: .activate(ActivateStep(destinations: ["email"], next: "done"))),
        Step(id: "done", kind: .stop(next: nil)),
        Step(id: "ads", kind: .activate(ActivateStep(destinations: ["ads"], next: "remind"))),
        Step(id: "remind", kind: .wait(WaitStep(
          mode: .duration(TimeSpan(2, .days)), next: "email-2"))),
        Step(
          id: "email-2", kind: .activate(ActivateStep(destinations: ["email"], next: "done-2"))),
        Step(id: "done-2", kind: .stop(next: nil)),
      ])
  }

  static let profiles = "contact_id,plan\nc1,pro\nc2,free\nc3,free\nc4,pro\nc5,pro\nc6,free\n"

  /// c5 bought before publish (only a Full run admits it); c4 buys while the journey is
  /// paused; c6 buys just before the Full run.
  static let events = """
    contact_id,event,timestamp
    c1,purchase,2026-12-01T09:30:00Z
    c2,purchase,2026-12-01T10:15:00Z
    c3,purchase,2026-12-01T11:40:00Z
    c4,purchase,2026-12-02T09:10:00Z
    c5,purchase,2026-11-30T08:00:00Z
    c6,purchase,2026-12-02T11:45:00Z

    """

  private func activation(
    _ contact: String, _ destination: String, _ step: String, version: Int, arrival: String,
    run: String
  ) -> ActivationRecord {
    ActivationRecord(
      journeyID: "welcome", version: version, contactID: contact, destinationID: destination,
      stepID: step, arrival: t(arrival), runAt: t(run))
  }

  /// What the loader says about the workspace's data, when it refuses it.
  private func loadFailure(_ space: LiveWorkspace) throws -> String? {
    let workspace = try space.workspace
    do {
      _ = try ContactData.load(workspace: workspace.root, hub: workspace.hub)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aJourneyLivesThroughPublishRunsPauseEditResumeAndAFullRun() throws {
    let server = try LoopbackServer(statuses: [500, 500])
    defer { server.stop() }
    let space = try LiveWorkspace(destinations: [
      Destination(
        id: "email", name: "Email", kind: "email",
        delivery: .file(path: "out/email.jsonl", format: "jsonl")),
      Destination(
        id: "ads", name: "Ads", kind: "ads", delivery: .webhook(url: server.url("/ads"))),
    ])
    try space.write(Self.profiles, to: "data/profiles.csv")
    try space.write("contact_id,event,timestamp\nc1,purchase,yesterday\n", to: "data/events.csv")
    try space.save(Self.welcome())
    try space.goLive("welcome", at: t("2026-12-01T09:00:00Z"))

    // A run over data that cannot be read fails, keeps nothing, and says why.
    let loadError = try #require(try loadFailure(space))
    #expect(try space.run("welcome", at: t("2026-12-01T09:30:00Z")) == [
      "welcome v1 scheduled 2026-12-01T09:00:00Z: failed, nothing kept: " + loadError
    ])
    #expect(try space.store().journey("welcome") == nil)

    // Fixed data: the runs since publish are made up, each at its own time.
    try space.write(Self.events, to: "data/events.csv")
    #expect(try space.run("welcome", at: t("2026-12-01T11:30:00Z")) == [
      "welcome v1 scheduled 2026-12-01T09:00:00Z: entered 0, exited 0, completed 0, "
        + "activations 0",
      "welcome v1 scheduled 2026-12-01T10:00:00Z: entered 1, exited 0, completed 0, "
        + "activations 0",
      "welcome v1 scheduled 2026-12-01T11:00:00Z: entered 1, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "welcome: delivered 1 activation to email",
    ])
    #expect(try space.store().contactsOnSteps(journeyID: "welcome") == ["wait": 1])

    // The webhook answers 500 twice: the ads activation waits, and so does the next one.
    let adsReason = "webhook \(server.url("/ads")) failed after 2 attempts: HTTP 500"
    #expect(try space.run("welcome", at: t("2026-12-01T13:05:00Z")) == [
      "welcome v1 scheduled 2026-12-01T12:00:00Z: entered 1, exited 0, completed 0, "
        + "activations 1 (ads 1)",
      "welcome: delivery to ads failed; 1 activation waits for the next run: " + adsReason,
      "welcome v1 scheduled 2026-12-01T13:00:00Z: entered 0, exited 0, completed 0, "
        + "activations 1 (ads 1)",
    ])
    #expect(server.requests.count == 2)
    #expect(try space.store().contactsOnSteps(journeyID: "welcome") == ["remind": 2])
    #expect(try space.store().waitingCounts(journeyID: "welcome") == ["ads": 2])

    // Paused: nothing runs, nothing is delivered.
    try space.pause("welcome", at: t("2026-12-01T14:00:00Z"))
    #expect(try space.run("welcome", at: t("2026-12-02T08:00:00Z")) == [
      "welcome: skipped, Paused"
    ])

    // Edit: the "remind" Wait goes; ads lead straight to the second email.
    var edited = try space.journey("welcome")
    edited.steps.removeAll { $0.id == "remind" }
    if let index = edited.steps.firstIndex(where: { $0.id == "ads" }) {
      edited.steps[index].kind = .activate(ActivateStep(destinations: ["ads"], next: "email-2"))
    }
    try space.save(edited)
    try space.goLive("welcome", at: t("2026-12-02T10:00:00Z"))

    // The waiting ads go first; runs missed while paused are not made up; the contacts on
    // the removed step leave with "step removed"; c4, who bought while paused, goes on.
    #expect(try space.run("welcome", at: t("2026-12-02T11:30:00Z")) == [
      "welcome: delivered 2 activations to ads",
      "welcome v2 scheduled 2026-12-02T10:00:00Z: entered 1, exited 2 (step removed 2), "
        + "completed 0, activations 0",
      "welcome v2 scheduled 2026-12-02T11:00:00Z: entered 0, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "welcome: delivered 1 activation to email",
    ])
    #expect(try space.store().moves(journeyID: "welcome", contactID: "c2").map {
      "\($0.status.rawValue) \($0.stepID ?? "-") \($0.at) \($0.reason ?? "")"
    } == [
      "inside wait \(t("2026-12-01T10:15:00Z")) ",
      "inside remind \(t("2026-12-01T11:15:00Z")) ",
      "left - \(t("2026-12-02T10:00:00Z")) step removed",
    ])

    // A Full run also admits c5, who bought before publish, arriving at publish; c6 enters
    // as usual; c1, who completed, is not activated again.
    #expect(try space.run("welcome", .full, at: t("2026-12-02T12:00:00Z")) == [
      "welcome v2 full run 2026-12-02T12:00:00Z: entered 2, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "welcome: delivered 1 activation to email",
    ])
    #expect(try space.store().contactsOnSteps(journeyID: "welcome") == ["wait": 1])
    #expect(try space.store().contactsByStatus(journeyID: "welcome") == [.inside: 1, .left: 5])

    // What each destination received, exactly once.
    let emails = [
      activation("c1", "email", "email", version: 1, arrival: "2026-12-01T10:30:00Z",
        run: "2026-12-01T11:00:00Z"),
      activation("c4", "email", "email", version: 2, arrival: "2026-12-02T10:10:00Z",
        run: "2026-12-02T11:00:00Z"),
      activation("c5", "email", "email", version: 2, arrival: "2026-12-01T10:00:00Z",
        run: "2026-12-02T12:00:00Z"),
    ]
    #expect(space.lines("out/email.jsonl") == emails.map(\.json))
    let ads = [
      activation("c2", "ads", "ads", version: 1, arrival: "2026-12-01T11:15:00Z",
        run: "2026-12-01T12:00:00Z"),
      activation("c3", "ads", "ads", version: 1, arrival: "2026-12-01T12:40:00Z",
        run: "2026-12-01T13:00:00Z"),
    ]
    let failedBody = DeliveryBatch(
      journeyID: "welcome", destinationID: "ads",
      items: [DeliveryBatch.Item(id: ads[0].id, json: ads[0].json)], mayRepeat: false)
    let body = DeliveryBatch(
      journeyID: "welcome", destinationID: "ads",
      items: ads.map { DeliveryBatch.Item(id: $0.id, json: $0.json) }, mayRepeat: true)
    #expect(server.requests.map(\.body) == [failedBody.json, failedBody.json, body.json])
    #expect(server.requests.map(\.path) == ["/ads", "/ads", "/ads"])
    #expect(server.requests.last?.headers["x-journey-batch"] == body.id)
    #expect(server.requests.last?.headers["content-type"] == "application/json")

    // The history: every run with its type and version, the failure with its reason.
    #expect(try space.history("welcome") == [
      "scheduled v1 2026-12-01T09:00:00Z fail: \(loadError) entered 0 exited 0 completed 0",
      "scheduled v1 2026-12-01T09:00:00Z success entered 0 exited 0 completed 0",
      "scheduled v1 2026-12-01T10:00:00Z success entered 1 exited 0 completed 0",
      "scheduled v1 2026-12-01T11:00:00Z success entered 1 exited 0 completed 1 email=1",
      "scheduled v1 2026-12-01T12:00:00Z success entered 1 exited 0 completed 0 ads=1",
      "scheduled v1 2026-12-01T13:00:00Z success entered 0 exited 0 completed 0 ads=1",
      "scheduled v2 2026-12-02T10:00:00Z success entered 1 exited 2 completed 0 "
        + "[step removed 2]",
      "scheduled v2 2026-12-02T11:00:00Z success entered 0 exited 0 completed 1 email=1",
      "full-run v2 2026-12-02T12:00:00Z success entered 2 exited 0 completed 1 email=1",
    ])
  }
}
