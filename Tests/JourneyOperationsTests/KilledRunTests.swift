import Foundation
import JourneyModel
import JourneyOperations
import JourneyStore
import Testing

/// A `journey run` process killed with SIGKILL in the middle of a run leaves no partial
/// state and loses or doubles no activation: the next run completes the work exactly once.
@Suite struct KilledRunTests {
  /// A workspace whose journey sends c1 and c2 to a file and a webhook in its first run, at
  /// 2026-12-01T10:00:00Z.
  private func workspace(_ server: LoopbackServer) throws -> LiveWorkspace {
    let space = try LiveWorkspace(destinations: [
      Destination(
        id: "email", name: "Email", kind: "email",
        delivery: .file(path: "out/email.jsonl", format: "jsonl")),
      Destination(
        id: "ads", name: "Ads", kind: "ads", delivery: .webhook(url: server.url("/ads"))),
    ])
    try space.write("contact_id,plan\nc1,pro\nc2,free\n", to: "data/profiles.csv")
    try space.write(
      "contact_id,event,timestamp\nc1,purchase,2026-12-01T09:30:00Z\n"
        + "c2,purchase,2026-12-01T09:40:00Z\n", to: "data/events.csv")
    try space.save(Journey(
      id: "welcome", name: "Welcome",
      settings: JourneySettings(enrollment: .existingAndNew, schedule: .everyHours(1)),
      entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]),
      steps: [
        Step(id: "start", kind: .start(next: "send")),
        Step(
          id: "send",
          kind: .activate(ActivateStep(destinations: ["email", "ads"], next: "done"))),
        Step(id: "done", kind: .stop(next: nil)),
      ]))
    try space.goLive("welcome", at: t("2026-12-01T10:00:00Z"))
    return space
  }

  /// The four activations of the first run.
  private func activations(_ destination: String) -> [ActivationRecord] {
    ["c1", "c2"].map { contact in
      ActivationRecord(
        journeyID: "welcome", version: 1, contactID: contact, destinationID: destination,
        stepID: "send", arrival: t("2026-12-01T10:00:00Z"), runAt: t("2026-12-01T10:00:00Z"))
    }
  }

  /// Starts `journey run` at 10:30, waits until it pauses at `point`, and kills it.
  private func killRun(at point: PausePoint, in space: LiveWorkspace) throws -> SpawnedJourney {
    let binary = try #require(SpawnedJourney.binary, "build the journey program first")
    let spawned = try SpawnedJourney(
      binary, ["run", "--at", "2026-12-01T10:30:00Z"], in: space.root, pauseAt: point.rawValue)
    #expect(spawned.waitFor("paused at \(point.rawValue) (process \(spawned.pid))\n"))
    return spawned
  }

  /// Checks that each destination holds the run's activations exactly once.
  private func expectDeliveredOnce(_ space: LiveWorkspace, _ server: LoopbackServer) throws {
    #expect(space.lines("out/email.jsonl") == activations("email").map(\.json))
    #expect(server.requests.count == 1)
    let ads = activations("ads").map { DeliveryBatch.Item(id: $0.id, json: $0.json) }
    let bodies = [true, false].map {
      DeliveryBatch(journeyID: "welcome", destinationID: "ads", items: ads, mayRepeat: $0).json
    }
    #expect(bodies.contains(server.requests.first?.body ?? ""))
    #expect(try space.store().waiting(journeyID: "welcome").isEmpty)
    #expect(try space.history("welcome") == [
      "scheduled v1 2026-12-01T10:00:00Z success entered 2 exited 0 completed 2 ads=2 email=2"
    ])
  }

  @Test func aRunKilledBeforeItsCommitKeepsNothingAndRunsWholeNextTime() throws {
    let server = try LoopbackServer()
    defer { server.stop() }
    let space = try workspace(server)
    let spawned = try killRun(at: .beforeCommit, in: space)
    #expect(spawned.kill())

    #expect(try space.store().journey("welcome") == nil)
    #expect(try space.store().contacts(journeyID: "welcome").isEmpty)
    #expect(try space.history("welcome").isEmpty)
    #expect(space.read("out/email.jsonl") == nil)
    #expect(server.requests.isEmpty)

    #expect(try space.run("welcome", at: t("2026-12-01T10:30:00Z")) == [
      "welcome v1 scheduled 2026-12-01T10:00:00Z: entered 2, exited 0, completed 2, "
        + "activations 4 (email 2, ads 2)",
      "welcome: delivered 2 activations to email",
      "welcome: delivered 2 activations to ads",
    ])
    try expectDeliveredOnce(space, server)
  }

  @Test func aRunKilledAfterItsCommitIsDeliveredOnceByTheNextRun() throws {
    let server = try LoopbackServer()
    defer { server.stop() }
    let space = try workspace(server)
    let spawned = try killRun(at: .afterCommit, in: space)

    // While the process holds the journey, another run is refused and names it.
    let lock = space.root.appendingPathComponent(".journey/locks/welcome.lock").path
    #expect(try space.run("welcome", at: t("2026-12-01T10:30:00Z")) == [
      "welcome: not run: journey \"welcome\" is being run by process \(spawned.pid) "
        + "(lock \(lock)); try again when it has finished"
    ])
    #expect(spawned.kill())

    #expect(try space.store().journey("welcome")?.lastRunAt == t("2026-12-01T10:00:00Z"))
    #expect(try space.store().waitingCounts(journeyID: "welcome") == ["email": 2, "ads": 2])
    #expect(space.read("out/email.jsonl") == nil)
    #expect(server.requests.isEmpty)

    #expect(try space.run("welcome", at: t("2026-12-01T10:30:00Z")) == [
      "welcome: delivered 2 activations to email",
      "welcome: delivered 2 activations to ads",
      "welcome: no run due; next at 2026-12-01T11:00:00Z",
    ])
    try expectDeliveredOnce(space, server)
  }

  @Test func aRunKilledAfterAFileTookItsBatchDoesNotWriteItTwice() throws {
    let server = try LoopbackServer()
    defer { server.stop() }
    let space = try workspace(server)
    let spawned = try killRun(at: .afterDelivery, in: space)
    #expect(spawned.kill())

    // The file holds the batch, but the outbox does not know it was taken.
    #expect(space.lines("out/email.jsonl") == activations("email").map(\.json))
    #expect(try space.store().waitingCounts(journeyID: "welcome") == ["email": 2, "ads": 2])
    #expect(try space.store().waiting(journeyID: "welcome").map(\.attempts) == [1, 0, 1, 0])

    #expect(try space.run("welcome", at: t("2026-12-01T10:30:00Z")) == [
      "welcome: delivered 2 activations to email",
      "welcome: delivered 2 activations to ads",
      "welcome: no run due; next at 2026-12-01T11:00:00Z",
    ])
    try expectDeliveredOnce(space, server)
  }
}
