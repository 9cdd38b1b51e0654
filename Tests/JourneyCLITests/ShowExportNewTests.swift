import Foundation
import Testing
@testable import JourneyCLI

@Test func showDrawsTheTreeWithBranchLabels() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())
  let result = workspace.run("show \(path)")
  #expect(result.status == 0)
  #expect(result.out == """
    Welcome series (welcome)
    Status: Draft, version 0
    Schedule: every 1 hour; time zone: workspace default; enrollment: new-only
    Entry: purchase
    Exit: (none)
    Allow Journey Repeat: no

    Start  [start]
    Wait 2 days  [wait]
    Segment on plan: Pro | other  [seg]
    ├─ Pro → Activate email  [email]
    │  Stop  [stop]
    └─ other → Stop  [stop-other]

    """)
}

@Test func showInAsciiUsesPlainCharacters() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())
  let lines = workspace.run("show \(path) --ascii").out.split(separator: "\n").suffix(3)
  #expect(Array(lines) == ["|- Pro -> Activate email  [email]", "|  Stop  [stop]",
    "`- other -> Stop  [stop-other]"])
}

@Test func exportMermaidLabelsBranches() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())
  let result = workspace.run("export \(path) --format mermaid")
  #expect(result.status == 0)
  #expect(result.out == """
    flowchart TD
      n0(["Start"])
      n1["Wait 2 days"]
      n2{"Segment on plan: Pro | other"}
      n3["Activate email"]
      n4(("Stop"))
      n5(("Stop"))
      n0 --> n1
      n1 --> n2
      n2 -->|"Pro"| n3
      n2 -->|"other"| n5
      n3 --> n4

    """)
}

@Test func exportDotDrawsEmptyBranchesDashed() throws {
  let workspace = try TemporaryWorkspace()
  var journey = sampleJourney()
  journey.steps[2].kind.setTarget(nil, of: .other)
  journey.steps.removeLast()
  let path = try workspace.add(journey)
  let result = workspace.run("export \(path) --format dot")
  #expect(result.out.contains("  e0 [label=\"empty\", style=dashed];\n"))
  #expect(result.out.contains("  n2 -> e0 [label=\"other\", style=dashed];\n"))
}

@Test func exportNeedsAFormat() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())
  let result = workspace.run("export \(path)")
  #expect(result.status == 2)
  #expect(result.err == "journey export: choose a diagram format: --format mermaid or "
    + "--format dot\n")
}

@Test func newCreatesADraftAndNeverOverwrites() throws {
  let workspace = try TemporaryWorkspace()
  let created = workspace.run("new Welcome Series (EU)")
  #expect(created.status == 0)
  #expect(created.out.hasSuffix("journeys/welcome-series-eu.json\n"))
  let text = try String(
    contentsOf: workspace.root.appendingPathComponent("journeys/welcome-series-eu.json"),
    encoding: .utf8)
  #expect(text.contains("\"name\": \"Welcome Series (EU)\""))
  #expect(text.contains("\"updatedAt\": \"2026-12-01T09:00:00Z\""))

  let again = workspace.run("new welcome series eu")
  #expect(again.status == 1)
  #expect(again.err == "journey new: a journey with the id \"welcome-series-eu\" exists "
    + "already: choose another name\n")
}

@Test func unknownCommandsAndOptionsAreUsageErrors() throws {
  let workspace = try TemporaryWorkspace()
  let unknown = workspace.run("frobnicate")
  #expect(unknown.status == 2)
  #expect(unknown.err == "journey: unknown command \"frobnicate\": run `journey --help` for "
    + "the list\n")

  let option = workspace.run("show --colour x.json")
  #expect(option.status == 2)
  #expect(option.err == "journey show: unknown option --colour for `journey show`: see "
    + "`journey show --help`\n")

  let missing = workspace.run("show journeys/nope.json")
  #expect(missing.status == 2)
  #expect(missing.err == "journey show: cannot read journeys/nope.json: no such file\n")
}
