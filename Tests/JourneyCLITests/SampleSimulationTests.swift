import Foundation
import Testing
import TextFormats
@testable import JourneyCLI

/// The counts `samples/README.md` states for one sample journey.
struct SampleExpectation: Sendable, CustomStringConvertible {
  let id: String
  let runs: Int
  let entered: Int
  let completed: Int
  let exited: Int
  let inside: Int
  let activations: [String: Int]

  var description: String { id }
}

let sampleExpectations: [SampleExpectation] = [
  SampleExpectation(
    id: "welcome-series", runs: 545, entered: 23_570, completed: 23_570, exited: 0, inside: 0,
    activations: ["email": 23_570, "crm": 23_570]),
  SampleExpectation(
    id: "win-back-lapsed-customers", runs: 2_180, entered: 11_360, completed: 11_211,
    exited: 107, inside: 42, activations: ["email": 6_577, "ads": 2_151, "sms": 4_634]),
  SampleExpectation(
    id: "contract-check-in", runs: 545, entered: 7_043, completed: 6_024, exited: 1_019,
    inside: 0, activations: ["sms": 3_698, "email": 4_333, "crm": 1_691]),
  SampleExpectation(
    id: "second-order-follow-up", runs: 114, entered: 23_570, completed: 23_570, exited: 0,
    inside: 0, activations: ["email": 4_114, "sms": 19_456]),
  SampleExpectation(
    id: "nudge-to-second-order", runs: 78, entered: 22_982, completed: 18_828, exited: 4_154,
    inside: 0, activations: ["email": 21_751, "ads": 19_996, "sms": 18_828]),
  SampleExpectation(
    id: "loyal-customer-rescue", runs: 1, entered: 1_261, completed: 982, exited: 0,
    inside: 279, activations: ["crm": 1_256, "email": 0, "ads": 982]),
  SampleExpectation(
    id: "month-to-month-welcome", runs: 3_270, entered: 1_318, completed: 1_304, exited: 14,
    inside: 0, activations: ["email": 1_026, "sms": 736]),
]

/// The repository's `samples/` folder.
let samplesFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("samples")

@Test(arguments: sampleExpectations)
func sampleSimulationGivesTheCountsItsReadmeStates(_ expected: SampleExpectation) throws {
  let out = TextSink()
  let err = TextSink()
  let context = CommandContext(
    out: { out.append($0) }, err: { err.append($0) }, currentDirectory: samplesFolder,
    now: { 1_796_115_600 })
  let words = ["simulate", "journeys/\(expected.id).json", "--format", "json", "--no-history"]
  #expect(JourneyTool.run(words, context) == 0, "\(err.value)")

  let report = try JSONParser.parse(out.value)
  #expect(number(report, "runs") == expected.runs)
  #expect(number(report, "entered") == expected.entered)
  #expect(number(report, "completed") == expected.completed)
  #expect(number(report, "exited", "exit rule") == expected.exited)
  #expect(number(report, "inJourney") == expected.inside)
  for (destination, count) in expected.activations {
    #expect(number(report, "activations", destination) == count, "\(destination)")
  }
}

/// The whole number at `path` in a JSON object, or nil.
private func number(_ node: JSONNode, _ path: String...) -> Int? {
  var current = node
  for key in path {
    guard case .object(let members) = current.value,
      let next = members.first(where: { $0.key == key })
    else { return nil }
    current = next.node
  }
  guard case .number(let text) = current.value else { return nil }
  return Int(text)
}
