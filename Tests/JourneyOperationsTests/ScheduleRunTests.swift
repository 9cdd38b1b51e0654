import Foundation
import JourneyModel
import JourneyOperations
import Testing

/// Which runs each schedule makes due, and when runs by hand are refused.
@Suite struct ScheduleRunTests {
  /// A workspace with c1 buying at 09:10 and c2 at 09:50 on 2026-12-01, and a journey
  /// "j" on `schedule`: Start → Wait 30 minutes → Activate email → Stop.
  private func workspace(_ schedule: Schedule, zone: String? = nil) throws -> LiveWorkspace {
    let space = try LiveWorkspace(destinations: [
      Destination(
        id: "email", name: "Email", kind: "email",
        delivery: .file(path: "out/email.jsonl", format: "jsonl"))
    ])
    try space.write("contact_id,plan\nc1,pro\nc2,free\n", to: "data/profiles.csv")
    try space.write(
      "contact_id,event,timestamp\nc1,purchase,2026-12-01T09:10:00Z\n"
        + "c2,purchase,2026-12-01T09:50:00Z\n", to: "data/events.csv")
    try space.save(Journey(
      id: "j", name: "J", settings: JourneySettings(timeZone: zone, schedule: schedule),
      entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]),
      steps: [
        Step(id: "start", kind: .start(next: "wait")),
        Step(id: "wait", kind: .wait(WaitStep(
          mode: .duration(TimeSpan(30, .minutes)), next: "send"))),
        Step(id: "send", kind: .activate(ActivateStep(destinations: ["email"], next: "done"))),
        Step(id: "done", kind: .stop(next: nil)),
      ]))
    try space.goLive("j", at: t("2026-12-01T09:00:00Z"))
    return space
  }

  @Test func realTimeRunsAtEveryMomentSomethingIsDue() throws {
    let space = try workspace(.realTime)
    #expect(try space.run("j", at: t("2026-12-01T11:00:00Z")) == [
      "j v1 scheduled 2026-12-01T09:00:00Z: entered 0, exited 0, completed 0, activations 0",
      "j v1 scheduled 2026-12-01T09:10:00Z: entered 1, exited 0, completed 0, activations 0",
      "j v1 scheduled 2026-12-01T09:40:00Z: entered 0, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "j: delivered 1 activation to email",
      "j v1 scheduled 2026-12-01T09:50:00Z: entered 1, exited 0, completed 0, activations 0",
      "j v1 scheduled 2026-12-01T10:20:00Z: entered 0, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "j: delivered 1 activation to email",
    ])
    #expect(try space.run("j", at: t("2026-12-01T12:00:00Z")) == [
      "j: no run due; it runs in real time, when something happens in the data"
    ])
  }

  @Test func aDailyScheduleRunsAtTheWallTimeOfTheJourneysZone() throws {
    let nine = try #require(TimeOfDay(hour: 9, minute: 0))
    let space = try workspace(.daily(nine), zone: "Europe/Paris")
    // Published at 09:00Z, after that day's 09:00 in Paris (08:00Z).
    #expect(try space.run("j", at: t("2026-12-03T12:00:00Z")) == [
      "j v1 scheduled 2026-12-02T08:00:00Z: entered 2, exited 0, completed 2, "
        + "activations 2 (email 2)",
      "j: delivered 2 activations to email",
      "j v1 scheduled 2026-12-03T08:00:00Z: entered 0, exited 0, completed 0, activations 0",
    ])
    #expect(try space.run("j", at: t("2026-12-03T12:00:00Z")) == [
      "j: no run due; next at 2026-12-04T08:00:00Z"
    ])
  }

  @Test func aManualJourneyRunsOnlyByHandAndNeverBackInTime() throws {
    let space = try workspace(.manual)
    #expect(try space.run("j", at: t("2026-12-01T12:00:00Z")) == [
      "j: no run due; the schedule is manual: run it with --now or --full"
    ])
    #expect(try space.run("j", .now, at: t("2026-12-01T12:00:00Z")) == [
      "j v1 run now 2026-12-01T12:00:00Z: entered 2, exited 0, completed 2, "
        + "activations 2 (email 2)",
      "j: delivered 2 activations to email",
    ])
    #expect(try space.run("j", .full, at: t("2026-12-01T11:00:00Z")) == [
      "j: not run: its last run was at 2026-12-01T12:00:00Z, after 2026-12-01T11:00:00Z: "
        + "runs never go back in time; give a later --at"
    ])
    #expect(try space.run("j", .now, at: t("2026-12-01T13:00:00Z")) == [
      "j v1 run now 2026-12-01T13:00:00Z: entered 0, exited 0, completed 0, activations 0"
    ])
    #expect(try space.history("j") == [
      "run-now v1 2026-12-01T12:00:00Z success entered 2 exited 0 completed 2 email=2",
      "run-now v1 2026-12-01T13:00:00Z success entered 0 exited 0 completed 0",
    ])
  }

  @Test func runNowCatchesUpTheScheduleFirst() throws {
    let space = try workspace(.everyHours(1))
    #expect(try space.run("j", .now, at: t("2026-12-01T10:30:00Z")) == [
      "j v1 scheduled 2026-12-01T09:00:00Z: entered 0, exited 0, completed 0, activations 0",
      "j v1 scheduled 2026-12-01T10:00:00Z: entered 2, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "j: delivered 1 activation to email",
      "j v1 run now 2026-12-01T10:30:00Z: entered 0, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "j: delivered 1 activation to email",
    ])
    #expect(try space.run("j", at: t("2026-12-01T10:45:00Z")) == [
      "j: no run due; next at 2026-12-01T11:00:00Z"
    ])
  }

  @Test func draftsAndUnreadableFilesAreReported() throws {
    let space = try workspace(.everyHours(1))
    var draft = try space.journey("j")
    draft.id = "d"
    draft.status = .draft
    try space.save(draft)
    try space.write("{", to: "journeys/broken.json")

    #expect(try space.run("d", at: t("2026-12-01T10:30:00Z")) == ["d: skipped, Draft"])
    var reason = ""
    do {
      _ = try Workspace.loadJourney(at: space.journeyURL("broken"), name: "journeys/broken.json")
    } catch {
      reason = error.description
    }
    #expect(try space.run("broken", at: t("2026-12-01T10:30:00Z")) == [
      "journeys/broken.json: cannot read: \(reason)"
    ])
  }
}
