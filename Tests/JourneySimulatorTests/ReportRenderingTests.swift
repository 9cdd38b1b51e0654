import JourneyEngine
import JourneyModel
import Testing

@testable import JourneySimulator

@Suite struct ReportRenderingTests {
  func finished() throws -> SimulationReport {
    let simulator = try Simulator(
      journey: SimulatorFixture.journey, hub: SimulatorFixture.hub,
      data: SimulatorFixture.data(),
      options: SimulationOptions(
        from: SimulatorFixture.t("2026-03-01T00:00:00Z"),
        to: SimulatorFixture.t("2026-03-06T00:00:00Z")))
    simulator.runToEnd()
    return simulator.snapshot()
  }

  @Test func textReport() throws {
    #expect(ReportText.render(try finished()) == """
      Welcome (welcome) v2: simulated 2026-03-01T00:00:00Z to 2026-03-06T00:00:00Z
      Schedule: every 6 hours; 21 of 21 runs; clock 2026-03-06T00:00:00Z

      Contacts 5; entered 5; completed 4; exited 1 (exit rule 1); in the journey 0
      Activations: crm 1, email 1

      Step                                       Arrived      Now   Exited  Left by path
      Start                                            5        0        0  next 5
      Wait 1 day                                       5        0        1  next 4
      Segment on plan: Pro | other                     4        0        0  Pro 1, other 3
      ├ Pro: Activate crm                              1        0        0  next 1
      │ Stop                                           1
      └ other: Pause Until purchase, timeout …         3        0        0  met 1, timeout 2
        ├ met: Activate email                          1        0        0  next 1
        │ Stop                                         1
        └ timeout: Stop                                2

      """)
  }

  @Test func jsonReportHasStableKeysAndOrder() throws {
    let text = ReportJSON.render(try finished())
    #expect(text.hasPrefix("""
      {
        "journey": {
          "id": "welcome",
          "name": "Welcome",
          "version": 2
        },
        "zone": "UTC",
        "schedule": "every 6 hours",
        "from": "2026-03-01T00:00:00Z",
        "to": "2026-03-06T00:00:00Z",
        "clock": "2026-03-06T00:00:00Z",
        "runs": 21,
        "plannedRuns": 21,
        "finished": true,
        "contacts": 5,
        "entered": 5,
        "completed": 4,
        "exited": {
          "exit rule": 1,
          "step removed": 0
        },
        "refused": 0,
        "inJourney": 0,
        "activations": {
          "crm": 1,
          "email": 1
        },
        "steps": [
      """))
    #expect(text.contains("""
            "id": "seg",
            "type": "segment",
            "label": "Segment on plan: Pro | other",
            "depth": 2,
            "via": null,
            "arrived": 4,
            "now": 0,
            "left": [
              {
                "path": "Pro",
                "contacts": 1
              },
      """))
    #expect(text == ReportJSON.render(try finished()))
  }

  @Test func csvReportOneMeasurePerRow() throws {
    let lines = ReportCSV.render(try finished()).split(separator: "\n")
    #expect(lines.prefix(4) == [
      "scope,step_id,step_type,measure,name,count", "journey,,,runs,,21",
      "journey,,,contacts,,5", "journey,,,entered,,5",
    ])
    #expect(lines.contains("step,seg,segment,left,Pro,1"))
    #expect(lines.contains("step,wait,wait,exited,exit rule,1"))
  }
}
