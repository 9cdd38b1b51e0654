import Foundation
import JourneyModel
import Testing

@testable import JourneyCLI

@Suite struct SimulateCommandTests {
  /// A workspace with two contacts who purchase on 2026-12-01 and the sample journey.
  func workspace() throws -> TemporaryWorkspace {
    let workspace = try TemporaryWorkspace()
    try workspace.add(sampleJourney())
    try write(workspace, "data/profiles.csv", "contact_id,plan\nc1,pro\nc2,free\n")
    try write(
      workspace, "data/events.csv",
      "contact_id,event,timestamp,value\nc1,purchase,2026-12-01T09:00:00Z,20\n"
        + "c2,purchase,2026-12-01T10:30:00Z,5\n")
    return workspace
  }

  func write(_ workspace: TemporaryWorkspace, _ path: String, _ text: String) throws {
    let url = workspace.root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  @Test func textReportAndHistory() throws {
    let workspace = try workspace()
    let result = workspace.run(
      "simulate journeys/welcome.json --from 2026-12-01 --to 2026-12-04")
    #expect(result.status == 0)
    #expect(result.out == """
      Welcome series (welcome) v0: simulated 2026-12-01T00:00:00Z to 2026-12-04T23:59:59Z
      Schedule: every 1 hour; 96 of 96 runs; clock 2026-12-04T23:00:00Z

      Contacts 2; entered 2; completed 2; exited 0; in the journey 0
      Activations: email 1

      Step                           Arrived      Now   Exited  Left by path
      Start                                2        0        0  next 2
      Wait 2 days                          2        0        0  next 2
      Segment on plan: Pro | other         2        0        0  Pro 1, other 1
      ├ Pro: Activate email                1        0        0  next 1
      │ Stop                               1
      └ other: Stop                        1

      """)
    #expect(result.err == "recorded 96 simulated runs in .journey/history.sqlite\n")

    let history = workspace.run("history journeys/welcome.json --limit 3")
    #expect(history.status == 0)
    #expect(history.out == """
      ID  TYPE       STATUS   VERSION  STARTED (UTC)     RUN AT (UTC)      ENTERED  EXITED  \
      COMPLETED  ACTIVATIONS
      96  simulated  success  v0       2026-12-01 09:00  2026-12-04 23:00        0       0  \
              0  -
      95  simulated  success  v0       2026-12-01 09:00  2026-12-04 22:00        0       0  \
              0  -
      94  simulated  success  v0       2026-12-01 09:00  2026-12-04 21:00        0       0  \
              0  -

      """)
    let json = workspace.run("history journeys/welcome.json --format json")
    #expect(json.out.contains("""
          "runAt": "2026-12-03T09:00:00Z",
          "entered": 0,
          "exited": 0,
          "completed": 1,
          "exitedByReason": {},
          "activations": {
            "email": 1
          },
      """))
  }

  @Test func historyWithoutRunsSaysSo() throws {
    let workspace = try workspace()
    let result = workspace.run("history journeys/welcome.json")
    #expect(result.status == 0)
    #expect(result.out == "no runs recorded for journey welcome\n")
    #expect(!FileManager.default.fileExists(
      atPath: workspace.root.appendingPathComponent(".journey/history.sqlite").path))
  }

  @Test func spanDefaultsToTheDataAndScheduleCanBeOverridden() throws {
    let workspace = try workspace()
    let result = workspace.run(
      "simulate journeys/welcome.json --schedule real-time --format json --no-history")
    #expect(result.status == 0)
    #expect(result.out.contains("""
        "schedule": "real-time",
        "from": "2026-12-01T09:00:00Z",
        "to": "2026-12-01T10:30:00Z",
      """))
    #expect(result.out.contains("\"entered\": 2,"))
    #expect(result.err.isEmpty)
    #expect(!FileManager.default.fileExists(
      atPath: workspace.root.appendingPathComponent(".journey/history.sqlite").path))
  }

  @Test func traceOfOneContactInEachFormat() throws {
    let workspace = try workspace()
    let base = "simulate journeys/welcome.json --from 2026-12-01 --to 2026-12-04 --no-history"
    let text = workspace.run(base + " --trace c1")
    #expect(text.status == 0)
    #expect(text.out == """
      Contact c1 in journey welcome: completed
        2026-12-01T09:00:00Z  run 2026-12-01T09:00:00Z  entered: purchase at 2026-12-01T09:00:00Z
        2026-12-01T09:00:00Z  run 2026-12-01T09:00:00Z  reached wait
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  left wait by next: waited until \
      2026-12-03T09:00:00Z
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  reached seg
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  left seg by Pro: plan = pro
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  reached email
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  activated at email: email
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  left email by next
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  reached stop
        2026-12-03T09:00:00Z  run 2026-12-03T09:00:00Z  completed at stop

      """)
    let csv = workspace.run(base + " --trace c2 --format csv")
    #expect(csv.out.split(separator: "\n").prefix(2) == [
      "contact_id,kind,step_id,time,run,path,detail",
      "c2,entered,start,2026-12-01T10:30:00Z,2026-12-01T11:00:00Z,,"
        + "purchase at 2026-12-01T10:30:00Z",
    ])
    let unknown = workspace.run(base + " --trace nobody")
    #expect(unknown.status == 2)
    #expect(unknown.err == "journey simulate: no contact \"nobody\" in the data: check the id "
      + "(ids are case-sensitive)\n")
  }

  @Test func badRowStopsUnlessSkipped() throws {
    let workspace = try workspace()
    try write(
      workspace, "data/events.csv",
      "contact_id,event,timestamp,value\nc1,purchase,2026-12-01T09:00:00Z,20\n"
        + "c2,purchase,2026-12-01T10:30:00Z,lots\n")
    let base = "simulate journeys/welcome.json --from 2026-12-01 --to 2026-12-02 --no-history"
    let failed = workspace.run(base)
    #expect(failed.status == 2)
    #expect(failed.err == "journey simulate: data/events.csv:3: value \"lots\" is not a number; "
      + "fix the row, or load with --skip-bad-rows to skip and list such rows\n")
    let skipped = workspace.run(base + " --skip-bad-rows --format csv")
    #expect(skipped.status == 0)
    #expect(skipped.err == "skipped data/events.csv:3: value \"lots\" is not a number\n"
      + "skipped 1 row that could not be read\n")
    #expect(skipped.out.contains("journey,,,entered,,1\n"))
  }

  @Test func dataFromAnotherFolder() throws {
    let workspace = try workspace()
    try write(workspace, "other/profiles.csv", "contact_id,plan\nc9,pro\n")
    try write(
      workspace, "other/events.csv",
      "contact_id,event,timestamp,value\nc9,purchase,2026-12-02T09:00:00Z,1\n")
    let result = workspace.run(
      "simulate journeys/welcome.json --data other --to 2026-12-05 --format csv --no-history")
    #expect(result.status == 0)
    #expect(result.out.contains("journey,,,contacts,,1\n"))
    #expect(result.out.contains("journey,,,activations,email,1\n"))
  }

  @Test func usageErrorsAndBlockingErrors() throws {
    let workspace = try workspace()
    let schedule = workspace.run("simulate journeys/welcome.json --schedule sometimes")
    #expect(schedule.status == 2)
    #expect(schedule.err.hasPrefix("journey simulate: --schedule must be \"manual\""))
    let time = workspace.run("simulate journeys/welcome.json --from yesterday")
    #expect(time.status == 2)
    let order = workspace.run(
      "simulate journeys/welcome.json --from 2026-12-05 --to 2026-12-01")
    #expect(order.err == "journey simulate: --from must not be after --to\n")

    var broken = sampleJourney(id: "broken")
    broken.steps[3] = Step(id: "email", kind: .activate(ActivateStep(
      destinations: [], next: "stop")))
    try workspace.add(broken)
    let refused = workspace.run("simulate journeys/broken.json --no-history")
    #expect(refused.status == 1)
    #expect(refused.err.hasSuffix("journey simulate: 1 blocking error in journeys/broken.json: "
      + "fix them first (`journey validate journeys/broken.json` lists them)\n"))
  }
}
