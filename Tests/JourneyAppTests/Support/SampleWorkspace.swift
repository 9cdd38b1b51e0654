import Foundation
import JourneyModel

/// A copy of the sample workspace (catalogue and journeys, without the data) in a temporary
/// folder named `samples`, removed when released.
final class SampleWorkspace {
  /// The journeys the repository ships in `samples/journeys/`; journeys a user adds there
  /// while trying the program are left out, so the tests see the same workspace every time.
  static let sampleJourneys = [
    "contract-check-in", "loyal-customer-rescue", "month-to-month-welcome",
    "nudge-to-second-order", "second-order-follow-up", "welcome-series",
    "win-back-lapsed-customers",
  ]

  /// The repository's `samples/` folder.
  static let samples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("samples")

  /// The temporary folder holding the copy.
  let parent: URL
  /// The workspace folder.
  let root: URL

  /// Copies `samples/` (or `samples/invalid/` when `invalid`), adding `extraFiles` to the
  /// journeys folder (name → content).
  init(invalid: Bool = false, extraFiles: [String: String] = [:]) throws {
    parent = FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-app-\(UUID().uuidString)")
    root = parent.appendingPathComponent("samples")
    let source = invalid ? Self.samples.appendingPathComponent("invalid") : Self.samples
    let manager = FileManager.default
    try manager.createDirectory(at: root, withIntermediateDirectories: true)
    try manager.copyItem(
      at: source.appendingPathComponent("hub.json"), to: root.appendingPathComponent("hub.json"))
    let journeys = root.appendingPathComponent("journeys")
    try manager.createDirectory(at: journeys, withIntermediateDirectories: true)
    let names = invalid
      ? try manager.contentsOfDirectory(atPath: source.appendingPathComponent("journeys").path)
      : Self.sampleJourneys.map { "\($0).json" }
    for name in names where name.hasSuffix(".json") {
      try manager.copyItem(
        at: source.appendingPathComponent("journeys/\(name)"),
        to: journeys.appendingPathComponent(name))
    }
    for (name, content) in extraFiles {
      try content.write(
        to: root.appendingPathComponent("journeys/\(name)"), atomically: true, encoding: .utf8)
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: parent)
  }

  /// The workspace.
  func workspace() throws -> Workspace {
    try Workspace(root: root)
  }

  /// The file of journey `id`.
  func journeyURL(_ id: String) -> URL {
    root.appendingPathComponent("journeys/\(id).json")
  }

  /// The journey `id` as its file holds it now.
  func journey(_ id: String) throws -> Journey {
    try Workspace.loadJourney(at: journeyURL(id))
  }
}
