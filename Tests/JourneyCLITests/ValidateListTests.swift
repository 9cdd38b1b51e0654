import Foundation
import JourneyModel
import Testing
@testable import JourneyCLI

/// The sample journey without entry rules and with a Stop removed from one path.
func brokenJourney() -> Journey {
  var journey = sampleJourney(id: "broken")
  journey.entry = RuleSet()
  journey.steps[3].kind.setTarget(nil, of: .next)
  journey.steps.remove(at: 4)
  return journey
}

@Test func validatePrintsOneLinePerProblemAndFails() throws {
  let workspace = try TemporaryWorkspace()
  try workspace.add(sampleJourney())
  let path = try workspace.add(brokenJourney())
  let result = workspace.run("validate journeys")
  #expect(result.status == 1)
  #expect(result.out == """
    \(path): -: error no-entry-rule: The journey has no entry rule: add an audience or event \
    rule that says who enters.
    \(path): email: warning path-without-stop: Activate "email" ends its path without a Stop: \
    contacts complete there; add a Stop after it to make the end explicit.
    checked 2 journeys: 1 error, 1 warning

    """)
}

@Test func validateAsJSON() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(brokenJourney())
  let result = workspace.run("validate \(path) --format json")
  #expect(result.status == 1)
  #expect(result.out.hasPrefix("""
    [
      {
        "file": "journeys/broken.json",
        "step": null,
        "severity": "error",
        "code": "no-entry-rule",
    """))
}

@Test func validateStrictFailsOnWarningsOnly() throws {
  let workspace = try TemporaryWorkspace()
  var journey = sampleJourney()
  journey.steps[3].kind.setTarget(nil, of: .next)
  journey.steps.remove(at: 4)
  let path = try workspace.add(journey)
  #expect(workspace.run("validate \(path)").status == 0)
  #expect(workspace.run("validate \(path) --strict").status == 1)
}

@Test func validateCleanJourney() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())
  let result = workspace.run("validate \(path)")
  #expect(result.status == 0)
  #expect(result.out == "checked 1 journey: no problems found\n")
}

@Test func validateReportsAnUnreadableFileAndExitsTwo() throws {
  let workspace = try TemporaryWorkspace()
  try "{\"id\": \"x\", \"steps\": [}".write(
    to: workspace.root.appendingPathComponent("journeys/bad.json"), atomically: true,
    encoding: .utf8)
  let result = workspace.run("validate journeys/bad.json")
  #expect(result.status == 2)
  #expect(result.out == """
    journeys/bad.json: -: error unreadable-file: journeys/bad.json:1:23: expected a value \
    (object, array, string, number, true, false or null), found '}'
    checked 1 journey: 1 error, 0 warnings

    """)
}

@Test func listShowsStatusModeAndProblems() throws {
  let workspace = try TemporaryWorkspace()
  try workspace.add(sampleJourney())
  try workspace.add(brokenJourney())
  try "not json".write(
    to: workspace.root.appendingPathComponent("journeys/zz.json"), atomically: true,
    encoding: .utf8)
  let result = workspace.run("list")
  #expect(result.status == 0)
  #expect(result.out == """
    ID       NAME            STATUS  MODE          UPDATED           PROBLEMS
    broken   Welcome series  Draft   every 1 hour  2026-12-01 09:00  1 error, 1 warning
    welcome  Welcome series  Draft   every 1 hour  2026-12-01 09:00  ok
    zz       (unreadable)    -       -             -                 \
    unreadable: see journey validate

    """)
}

@Test func listOutsideAWorkspaceIsAUsageError() {
  let out = TextSink()
  let err = TextSink()
  let context = CommandContext(
    out: { out.append($0) }, err: { err.append($0) },
    currentDirectory: URL(fileURLWithPath: "/"), now: { 0 })
  #expect(JourneyTool.run(["list"], context) == 2)
  #expect(err.value == "journey list: / is not a workspace: it needs a hub.json and a "
    + "journeys/ folder (run `journey new NAME` inside a folder with a hub.json)\n")
}

@Test func validateAFolderWithoutJourneysIsAnError() throws {
  let workspace = try TemporaryWorkspace()
  try FileManager.default.createDirectory(
    at: workspace.root.appendingPathComponent("data"), withIntermediateDirectories: true)
  let result = workspace.run("validate data")
  #expect(result.status == 2)
  #expect(result.err == "journey validate: data holds no journey files (*.json): name journey "
    + "files, a journeys folder or a workspace\n")
}
