import Foundation
import JourneyModel
@testable import JourneyCLI

/// What a command printed and returned.
struct CommandResult {
  var status: Int32
  var out: String
  var err: String
}

/// Collects text written from any thread.
final class TextSink: @unchecked Sendable {
  private let lock = NSLock()
  private var text = ""

  func append(_ more: String) {
    lock.lock()
    text += more
    lock.unlock()
  }

  var value: String {
    lock.lock()
    defer { lock.unlock() }
    return text
  }
}

/// A temporary workspace with a small catalogue, removed when the value is released.
final class TemporaryWorkspace {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("journeys"), withIntermediateDirectories: true)
    let hub = Hub(
      timeZone: "UTC",
      fields: [
        FieldDefinition(name: "plan", type: .string, knownValues: ["free", "pro"]),
        FieldDefinition(name: "status", type: .string),
      ],
      events: [EventTable(name: "purchase", properties: [.init(name: "value", type: .number)])],
      destinations: [Destination(id: "email", name: "Email platform", kind: "email")])
    try HubCoding.encode(hub).write(
      to: root.appendingPathComponent("hub.json"), atomically: true, encoding: .utf8)
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// Writes a journey file and returns its path relative to the workspace.
  @discardableResult
  func add(_ journey: Journey) throws -> String {
    try JourneyCoding.encode(journey).write(
      to: root.appendingPathComponent("journeys/\(journey.id).json"), atomically: true,
      encoding: .utf8)
    return "journeys/\(journey.id).json"
  }

  /// Runs `journey WORDS` in the workspace folder at a pinned time.
  func run(_ words: String, now: Int64 = 1_796_115_600) -> CommandResult {
    let out = TextSink()
    let err = TextSink()
    let context = CommandContext(
      out: { out.append($0) }, err: { err.append($0) }, currentDirectory: root,
      now: { now })
    let status = JourneyTool.run(words.split(separator: " ").map(String.init), context)
    return CommandResult(status: status, out: out.value, err: err.value)
  }
}

/// Start → Wait 2 days → Segment on plan (Pro → Activate email → Stop; other → Stop).
func sampleJourney(id: String = "welcome") -> Journey {
  Journey(
    id: id, name: "Welcome series", updatedAt: 1_796_115_600,
    entry: RuleSet(.any, [.event(EventCondition(event: "purchase"))]),
    steps: [
      Step(id: "start", kind: .start(next: "wait")),
      Step(id: "wait", kind: .wait(WaitStep(mode: .duration(TimeSpan(2, .days)), next: "seg"))),
      Step(id: "seg", kind: .segment(SegmentStep(
        field: "plan", groups: [SegmentGroup(name: "Pro", values: ["pro"], next: "email")],
        otherNext: "stop-other"))),
      Step(id: "email", kind: .activate(ActivateStep(destinations: ["email"], next: "stop"))),
      Step(id: "stop", kind: .stop(next: nil)),
      Step(id: "stop-other", kind: .stop(next: nil)),
    ])
}
