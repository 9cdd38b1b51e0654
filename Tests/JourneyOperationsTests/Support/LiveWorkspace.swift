import Foundation
import JourneyModel
import JourneyOperations
import JourneyStore
import TextFormats

/// Seconds since 1970 of an ISO 8601 UTC time written "2026-12-01T09:00:00Z".
func t(_ text: String) -> Int64 {
  var parser = TimestampParser(format: .iso8601, zone: .utc)
  return parser.parse(text) ?? Int64.min
}

/// A temporary workspace for live runs, removed when released: a small catalogue, data
/// files, and helpers that publish, pause, resume and run journeys at pinned times.
final class LiveWorkspace {
  let root: URL

  /// A workspace whose hub has a `plan` field, a `purchase` event and `destinations`.
  init(destinations: [Destination]) throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-ops-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("journeys"), withIntermediateDirectories: true)
    let hub = Hub(
      timeZone: "UTC", fields: [FieldDefinition(name: "plan", type: .string)],
      events: [EventTable(name: "purchase")], destinations: destinations)
    try write(HubCoding.encode(hub), to: "hub.json")
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// The workspace as the program reads it.
  var workspace: Workspace {
    get throws { try Workspace(root: root) }
  }

  /// Writes `text` to the file at `path` under the workspace.
  func write(_ text: String, to path: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// The text of the file at `path`, or nil when there is none.
  func read(_ path: String) -> String? {
    try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// The lines of the file at `path` (none when there is no file).
  func lines(_ path: String) -> [String] {
    (read(path) ?? "").split(separator: "\n").map(String.init)
  }

  /// The file of journey `id`.
  func journeyURL(_ id: String) -> URL {
    root.appendingPathComponent("journeys/\(id).json")
  }

  /// Saves `journey` to its file.
  func save(_ journey: Journey) throws {
    try workspace.save(journey)
  }

  /// The journey `id` as saved.
  func journey(_ id: String) throws -> Journey {
    try Workspace.loadJourney(at: journeyURL(id))
  }

  /// Publishes (or resumes, when paused) journey `id` at `time`, as `journey publish` does.
  func goLive(_ id: String, at time: Int64) throws {
    let space = try workspace
    let current = try journey(id)
    let live = current.status == .draft
      ? try Lifecycle.publish(current, hub: space.hub, acceptWarnings: true, at: time)
      : try Lifecycle.resume(current, hub: space.hub, acceptWarnings: true, at: time)
    try space.save(live)
    try space.archive(live)
  }

  /// Pauses journey `id` at `time`.
  func pause(_ id: String, at time: Int64) throws {
    try save(Lifecycle.pause(journey(id), at: time))
  }

  /// Runs journey `id` for `request` at `now`; returns the lines `journey run` prints.
  func run(
    _ id: String, _ request: RunRequest = .due, at now: Int64,
    delivery: DeliveryOptions = DeliveryOptions(webhookAttempts: 2, backoff: 0.01),
    pause: @escaping (PausePoint) throws -> Void = { _ in }
  ) throws -> [String] {
    let runner = try LiveRunner(
      workspace: workspace, options: RunnerOptions(delivery: delivery), pause: pause)
    defer { runner.close() }
    var lines: [String] = []
    runner.run(journeyAt: journeyURL(id), shownPath: "journeys/\(id).json", request: request,
      now: now) { lines.append(RunEventText.line($0)) }
    return lines
  }

  /// The saved state.
  func store() throws -> LiveStore {
    try LiveStore(workspace: root)
  }

  /// The live runs of `id` in the history, oldest first, as one line each.
  func history(_ id: String) throws -> [String] {
    let runs = try RunHistory(workspace: root).runs(journeyID: id).reversed()
    return runs.map { run in
      let at = run.runAt.map { TimestampFormatter.iso8601(Int64($0.timeIntervalSince1970)) }
      var line = "\(run.runType.rawValue) v\(run.journeyVersion) \(at ?? "-") "
      switch run.status {
      case .success: line += "success"
      case .fail(let reason): line += "fail: \(reason ?? "")"
      }
      line += " entered \(run.entered) exited \(run.exited) completed \(run.completed)"
      for (name, count) in run.exitedByReason.sorted(by: { $0.key < $1.key }) {
        line += " [\(name) \(count)]"
      }
      for (name, count) in run.activationsByDestination.sorted(by: { $0.key < $1.key })
      where count > 0 {
        line += " \(name)=\(count)"
      }
      return line
    }
  }
}
