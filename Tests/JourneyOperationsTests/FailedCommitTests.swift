import Foundation
import JourneyModel
import JourneyOperations
import Testing

/// A run whose commit fails keeps nothing, is recorded as failed with its reason, and is
/// carried out whole by the next run; a delivery that fails after its destination took the
/// batch is not repeated in the file.
@Suite struct FailedCommitTests {
  /// A failure the test causes.
  struct Simulated: Error, CustomStringConvertible {
    let description: String
  }

  private func workspace() throws -> LiveWorkspace {
    let space = try LiveWorkspace(destinations: [
      Destination(
        id: "email", name: "Email", kind: "email",
        delivery: .file(path: "out/email.jsonl", format: "jsonl"))
    ])
    try space.write("contact_id,plan\nc1,pro\n", to: "data/profiles.csv")
    try space.write(
      "contact_id,event,timestamp\nc1,purchase,2026-12-01T09:30:00Z\n", to: "data/events.csv")
    try space.save(Journey(
      id: "j", name: "J",
      entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]),
      steps: [
        Step(id: "start", kind: .start(next: "send")),
        Step(id: "send", kind: .activate(ActivateStep(destinations: ["email"], next: "done"))),
        Step(id: "done", kind: .stop(next: nil)),
      ]))
    try space.goLive("j", at: t("2026-12-01T09:00:00Z"))
    return space
  }

  @Test func aRunWhoseCommitFailsKeepsNothingAndTheNextRunDoesItWhole() throws {
    let space = try workspace()
    let lines = try space.run("j", at: t("2026-12-01T10:30:00Z")) { point in
      if point == .beforeCommit { throw Simulated(description: "the disk is full (simulated)") }
    }
    #expect(lines == [
      "j v1 scheduled 2026-12-01T09:00:00Z: failed, nothing kept: the disk is full (simulated)"
    ])
    #expect(try space.store().journey("j") == nil)
    #expect(try space.store().waiting(journeyID: "j").isEmpty)
    #expect(space.read("out/email.jsonl") == nil)

    #expect(try space.run("j", at: t("2026-12-01T10:30:00Z")) == [
      "j v1 scheduled 2026-12-01T09:00:00Z: entered 0, exited 0, completed 0, activations 0",
      "j v1 scheduled 2026-12-01T10:00:00Z: entered 1, exited 0, completed 1, "
        + "activations 1 (email 1)",
      "j: delivered 1 activation to email",
    ])
    #expect(space.lines("out/email.jsonl").count == 1)
    #expect(try space.history("j") == [
      "scheduled v1 2026-12-01T09:00:00Z fail: the disk is full (simulated) entered 0 "
        + "exited 0 completed 0",
      "scheduled v1 2026-12-01T09:00:00Z success entered 0 exited 0 completed 0",
      "scheduled v1 2026-12-01T10:00:00Z success entered 1 exited 0 completed 1 email=1",
    ])
  }

  @Test func aDeliveryThatFailsAfterTheFileTookItIsNotWrittenTwice() throws {
    let space = try workspace()
    let lines = try space.run("j", at: t("2026-12-01T10:30:00Z")) { point in
      if point == .afterDelivery { throw Simulated(description: "lost the answer (simulated)") }
    }
    #expect(lines.suffix(1) == [
      "j: delivery to email failed; 1 activation waits for the next run: lost the answer "
        + "(simulated)"
    ])
    #expect(space.lines("out/email.jsonl").count == 1)

    #expect(try space.run("j", at: t("2026-12-01T10:30:00Z")) == [
      "j: delivered 1 activation to email",
      "j: no run due; next at 2026-12-01T11:00:00Z",
    ])
    let record = ActivationRecord(
      journeyID: "j", version: 1, contactID: "c1", destinationID: "email", stepID: "send",
      arrival: t("2026-12-01T09:30:00Z"), runAt: t("2026-12-01T10:00:00Z"))
    #expect(space.lines("out/email.jsonl") == [record.json])
  }
}
