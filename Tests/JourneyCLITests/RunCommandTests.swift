import Foundation
import JourneyModel
import JourneyOperations
import Testing

@testable import JourneyCLI

/// `journey run` and `journey status` from the command line.
@Suite struct RunCommandTests {
  /// A workspace whose "welcome" journey (Start → Wait 2 days → Segment plan: Pro → email)
  /// runs every 24 hours; c1 (pro) and c2 (free) buy on 2026-12-01. With `delivery`, the
  /// email destination appends to out/email.jsonl.
  private func workspace(delivery: Bool = true) throws -> TemporaryWorkspace {
    let space = try TemporaryWorkspace()
    let hub = Hub(
      timeZone: "UTC",
      fields: [
        FieldDefinition(name: "plan", type: .string, knownValues: ["free", "pro"]),
        FieldDefinition(name: "status", type: .string),
      ],
      events: [EventTable(name: "purchase", properties: [.init(name: "value", type: .number)])],
      destinations: [
        Destination(
          id: "email", name: "Email platform", kind: "email",
          delivery: delivery ? .file(path: "out/email.jsonl", format: "jsonl") : nil)
      ])
    try write(HubCoding.encode(hub), "hub.json", in: space)
    try write("contact_id,plan\nc1,pro\nc2,free\n", "data/profiles.csv", in: space)
    try write(
      "contact_id,event,timestamp,value\nc1,purchase,2026-12-01T09:30:00Z,10\n"
        + "c2,purchase,2026-12-01T09:45:00Z,20\n", "data/events.csv", in: space)
    var journey = sampleJourney()
    journey.settings.schedule = .everyHours(24)
    try space.add(journey)
    return space
  }

  private func write(_ text: String, _ path: String, in space: TemporaryWorkspace) throws {
    let url = space.root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  @Test func publishedJourneysRunOnTheirScheduleAndShowTheirStatus() throws {
    let space = try workspace()
    #expect(space.run("publish journeys/welcome.json").status == 0)

    let first = space.run("run --at 2026-12-03T12:00:00Z")
    #expect(first.err == "")
    #expect(first.out == """
      welcome v1 scheduled 2026-12-02T00:00:00Z: entered 2, exited 0, completed 0, activations 0
      welcome v1 scheduled 2026-12-03T00:00:00Z: entered 0, exited 0, completed 0, activations 0

      """)
    #expect(first.status == 0)

    let status = space.run("status journeys/welcome.json --at 2026-12-03T12:00:00Z")
    #expect(status.status == 0)
    #expect(status.out == """
      welcome (Welcome series)
      status:        Active, version 1
      schedule:      every 24 hours
      published:     live since 2026-12-01T09:00:00Z
      last run:      2026-12-03T00:00:00Z scheduled, version 1, success (2 runs committed)
      next run:      2026-12-04T00:00:00Z
      contacts:      2 inside, 0 left
      deliveries:    none yet
      last failure:  none

      step          type      contacts
      start         Start     0
      wait          Wait      2
      seg           Segment   0
        email       Activate  0
        stop        Stop      0
        stop-other  Stop      0

      """)

    let second = space.run("run journeys/welcome.json --at 2026-12-04T00:30:00Z")
    #expect(second.out == """
      welcome v1 scheduled 2026-12-04T00:00:00Z: entered 0, exited 0, completed 2, \
      activations 1 (email 1)
      welcome: delivered 1 activation to email

      """)
    let delivered = try String(
      contentsOf: space.root.appendingPathComponent("out/email.jsonl"), encoding: .utf8)
    let record = ActivationRecord(
      journeyID: "welcome", version: 1, contactID: "c1", destinationID: "email",
      stepID: "email", arrival: 1_796_290_200, runAt: 1_796_342_400)
    #expect(delivered == record.json + "\n")
    #expect(
      space.run("status journeys/welcome.json --at 2026-12-04T00:30:00Z").out
        .contains("\ncontacts:      0 inside, 2 left\ndeliveries:    email 1 sent\n"))
  }

  @Test func withoutFilesEveryJourneyOfTheWorkspaceIsRunOrSkipped() throws {
    let space = try workspace()
    var paused = sampleJourney(id: "paused")
    paused.status = .paused
    paused.version = 1
    try space.add(paused)
    try space.add(sampleJourney(id: "draft"))
    #expect(space.run("publish journeys/welcome.json").status == 0)

    let result = space.run("run --at 2026-12-01T12:00:00Z")
    #expect(result.out == """
      draft: skipped, Draft
      paused: skipped, Paused
      welcome: no run due; next at 2026-12-02T00:00:00Z

      """)
    #expect(result.status == 0)
  }

  @Test func aJourneyAnotherProcessRunsIsRefusedNamingIt() throws {
    let space = try workspace()
    #expect(space.run("publish journeys/welcome.json").status == 0)
    let lock = try JourneyLock(journeyID: "welcome", root: space.root)
    defer { lock.release() }

    let result = space.run("run journeys/welcome.json --at 2026-12-02T12:00:00Z")
    #expect(result.out == "welcome: not run: journey \"welcome\" is being run by process "
      + "\(getpid()) (lock \(lock.path)); try again when it has finished\n")
    #expect(result.status == 1)
  }

  @Test func aDestinationWithoutDeliveryKeepsItsActivationsWaiting() throws {
    let space = try workspace(delivery: false)
    #expect(space.run("publish journeys/welcome.json").status == 0)

    let result = space.run("run --at 2026-12-04T00:30:00Z")
    #expect(result.out.hasSuffix("""
      welcome: delivery to email failed; 1 activation waits for the next run: destination \
      "email" has no delivery in hub.json: add a file, webhook or command delivery to it

      """))
    #expect(result.status == 1)
    #expect(
      space.run("status journeys/welcome.json --at 2026-12-04T00:30:00Z").out.contains(
        "\ndeliveries:    email 0 sent, 1 waiting\nlast failure:  "))
  }

  @Test func skippedBadRowsAreListed() throws {
    let space = try workspace()
    try write("contact_id,plan\nc1,pro\nc2,free,extra\n", "data/profiles.csv", in: space)
    #expect(space.run("publish journeys/welcome.json").status == 0)

    let refused = space.run("run --at 2026-12-02T12:00:00Z")
    #expect(refused.status == 1)
    #expect(refused.out.contains("failed, nothing kept: "))

    let skipped = space.run("run --at 2026-12-02T12:00:00Z --skip-bad-rows")
    #expect(skipped.status == 0)
    let lines = skipped.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("skipped data/profiles.csv:3: "))
    #expect(lines[1] == "skipped 1 row that could not be read")
    #expect(lines[2].hasPrefix("welcome v1 scheduled 2026-12-02T00:00:00Z: entered 2"))
  }

  @Test func badOptionsAreUsageErrors() throws {
    let space = try workspace()
    let both = space.run("run --now --full")
    #expect(both.err == "journey run: give --now or --full, not both: see `journey run --help`\n")
    #expect(both.status == 2)

    let time = space.run("run --at noon")
    #expect(time.err == "journey run: --at needs an ISO 8601 time such as "
      + "2026-12-03T10:00:00Z, not \"noon\"\n")
    #expect(time.status == 2)

    let status = space.run("status")
    #expect(status.err == "journey status: name one journey file: journey status FILE\n")
    #expect(status.status == 2)
  }
}
