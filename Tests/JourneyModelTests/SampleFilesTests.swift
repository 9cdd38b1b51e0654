import Foundation
import Testing
@testable import JourneyModel

/// The repository's `samples/` folder.
private let samples = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("samples")

/// The journeys the repository ships in `samples/journeys/`.
private let shippedJourneys = [
  "contract-check-in", "loyal-customer-rescue", "month-to-month-welcome",
  "nudge-to-second-order", "second-order-follow-up", "welcome-series",
  "win-back-lapsed-customers",
]

/// Every journey file of the sample workspaces that the program can load.
private func loadableJourneys() -> [String] {
  let invalid = (try? FileManager.default.contentsOfDirectory(
    atPath: samples.appendingPathComponent("invalid/journeys").path)) ?? []
  return shippedJourneys.map { "journeys/\($0).json" }
    + invalid.filter { $0.hasSuffix(".json") }.sorted().map { "invalid/journeys/\($0)" }
}

@Test func everySampleJourneyIsListed() {
  #expect(loadableJourneys().filter { $0.hasPrefix("invalid/") }.count == 42)
}

@Test(arguments: loadableJourneys())
func sampleJourneyRoundTripsByteForByte(_ path: String) throws {
  let text = try String(contentsOf: samples.appendingPathComponent(path), encoding: .utf8)
  let journey = try JourneyCoding.decode(text, file: path)
  #expect(JourneyCoding.encode(journey) == text)
}

@Test(arguments: ["hub.json", "invalid/hub.json"])
func sampleHubRoundTripsByteForByte(_ path: String) throws {
  let text = try String(contentsOf: samples.appendingPathComponent(path), encoding: .utf8)
  let hub = try HubCoding.decode(text, file: path)
  #expect(HubCoding.encode(hub) == text)
}

@Test func everyValidSampleHasNoProblems() throws {
  let workspace = try Workspace(root: samples)
  for id in shippedJourneys {
    let url = workspace.journeyURL(id: id)
    let journey = try Workspace.loadJourney(at: url)
    #expect(Validator.validate(journey, hub: workspace.hub).isEmpty, "\(url.lastPathComponent)")
  }
}

@Test func everyInvalidSampleShowsTheProblemItIsNamedAfter() throws {
  let workspace = try Workspace(root: samples.appendingPathComponent("invalid"))
  for url in try workspace.journeyFiles() {
    let journey = try Workspace.loadJourney(at: url)
    let codes = Validator.validate(journey, hub: workspace.hub).map(\.code.rawValue)
    let name = url.deletingPathExtension().lastPathComponent
    #expect(codes.count == 1, "\(name)")
    #expect(codes.allSatisfy { name == $0 || name.hasPrefix($0 + "-") }, "\(name): \(codes)")
  }
}

/// A file of `samples/broken/` and the exact message it gives.
struct BrokenSample: Sendable, CustomStringConvertible {
  let file: String
  let message: String

  var description: String { file }
}

@Test(arguments: [
  BrokenSample(
    file: "cycle.json", message: "42:5: steps \"wait-a\", \"wait-b\" lead to each other in a "
      + "cycle: a journey is a tree, so break the loop"),
  BrokenSample(
    file: "duplicate-step-id.json",
    message: "56:5: two steps have the id \"welcome-email\": give each step its own id"),
  BrokenSample(
    file: "leads-to-start.json", message: "41:5: step \"welcome-email\" leads back to Start: "
      + "Start cannot follow another step"),
  BrokenSample(
    file: "no-start.json",
    message: "1:1: the journey has no Start step: add one step with \"type\": \"start\""),
  BrokenSample(
    file: "second-start.json", message: "51:5: step \"start-again\" is a second Start: a "
      + "journey has exactly one Start step"),
  BrokenSample(
    file: "syntax-error.json",
    message: "7:3: expected ',' or '}' after an object member, found '\"'"),
  BrokenSample(
    file: "two-parents.json", message: "51:5: step \"stop\" has two parents, \"gold-email\" "
      + "and \"other-email\": a step follows exactly one step, so give one of them a copy of "
      + "it instead"),
  BrokenSample(
    file: "unknown-step-type.json", message: "34:15: step \"wait-1-day\" has unknown type "
      + "\"delay\": expected one of \"start\", \"wait\", \"segment\", \"pauseUntil\", "
      + "\"activate\", \"stop\""),
  BrokenSample(
    file: "unknown-target.json", message: "41:5: the next path of step \"welcome-email\" "
      + "leads to \"thank-you\", which is not a step: fix the id or add the step"),
  BrokenSample(
    file: "unreachable-step.json", message: "51:5: step \"reminder\" is not connected: no path "
      + "leads to it, so connect it or remove it"),
])
func brokenSampleIsRefusedWithItsMessage(_ sample: BrokenSample) throws {
  let url = samples.appendingPathComponent("broken/\(sample.file)")
  let text = try String(contentsOf: url, encoding: .utf8)
  do {
    _ = try JourneyCoding.decode(text, file: sample.file)
    Issue.record("\(sample.file) was accepted")
  } catch {
    #expect(error.description == "\(sample.file):\(sample.message)")
  }
}
