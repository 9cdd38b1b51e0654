import Foundation
import JourneyModel
import Testing
@testable import JourneyCLI

@Test func publishPauseResumeKeepsVersions() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())

  let published = workspace.run("publish \(path)")
  #expect(published.status == 0)
  #expect(published.out == "Welcome series: Draft → Active, version 1\n")
  let archived = workspace.root.appendingPathComponent(".journey/versions/welcome/v1.json")
  #expect(FileManager.default.fileExists(atPath: archived.path))

  let again = workspace.run("publish \(path)")
  #expect(again.status == 1)
  #expect(again.err == "journey publish: only a Draft can be published; this journey is Active\n")

  #expect(workspace.run("pause \(path)").out == "Welcome series: Active → Paused, version 1\n")
  #expect(workspace.run("resume \(path)").out == "Welcome series: Paused → Active, version 2\n")

  let saved = try Workspace.loadJourney(at: workspace.root.appendingPathComponent(path))
  #expect(saved.status == .active)
  #expect(saved.version == 2)
  #expect(saved.updatedAt == 1_796_115_600)
}

@Test func publishRefusesErrorsAndAsksForWarnings() throws {
  let workspace = try TemporaryWorkspace()
  let broken = try workspace.add(brokenJourney())
  let refused = workspace.run("publish \(broken)")
  #expect(refused.status == 1)
  #expect(refused.err.hasPrefix("journey publish: cannot publish: the journey has 1 error; "))

  var warned = sampleJourney(id: "warned")
  warned.steps[3].kind.setTarget(nil, of: .next)
  warned.steps.remove(at: 4)
  let path = try workspace.add(warned)
  let asked = workspace.run("publish \(path)")
  #expect(asked.status == 1)
  #expect(asked.err.hasSuffix("\nrun again with --accept-warnings to accept them\n"))
  #expect(workspace.run("publish \(path) --accept-warnings").status == 0)
}

@Test func pauseRefusesAcceptWarnings() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())
  let result = workspace.run("pause \(path) --accept-warnings")
  #expect(result.status == 2)
}

@Test func aPublishedVersionIsNeverReplaced() throws {
  let workspace = try TemporaryWorkspace()
  let path = try workspace.add(sampleJourney())
  #expect(workspace.run("publish \(path)").status == 0)
  let archived = workspace.root.appendingPathComponent(".journey/versions/welcome/v1.json")
  let kept = try String(contentsOf: archived, encoding: .utf8)

  var edited = sampleJourney()
  edited.name = "Edited behind the program's back"
  try workspace.add(edited)
  let again = workspace.run("publish \(path)")
  #expect(again.status == 1)
  #expect(again.err == "journey publish: version 1 of \"welcome\" was already published with "
    + "other content (.journey/versions/welcome/v1.json): the journey file changed since it "
    + "was read; reload it and try again\n")
  #expect(try String(contentsOf: archived, encoding: .utf8) == kept)
  let file = try Workspace.loadJourney(at: workspace.root.appendingPathComponent(path))
  #expect(file.status == .draft)
}
