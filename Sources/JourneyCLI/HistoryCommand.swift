import Foundation
import JourneyModel
import JourneyStore
import TextFormats

/// `journey history FILE`: the runs recorded for a journey, newest first.
enum HistoryCommand: Command {
  static let name = "history"
  static let summary = "list the recorded runs of a journey, newest first"
  static let help = """
    Usage: journey history FILE [--limit N] [--format text|json]

    Lists the runs recorded for the journey in the workspace's run history, newest first:
    scheduled runs, Run now, Full runs and simulated runs (with the simulated clock time),
    each with its status, the journey version that ran, and the contacts that entered,
    exited and completed, and the activations per destination.

    Options:
      --limit N     show at most N runs
      --format F    text (default) or json

    Exit status: 0 listed, 2 bad usage or a file that cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(words, command: name, options: ["--limit", "--format"])
    let format = try arguments.choice("--format", ["text", "json"], default: "text", command: name)
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("name one journey file: journey history FILE")
    }
    var limit: Int?
    if let text = arguments.value("--limit") {
      guard let number = Int(text), number > 0 else {
        throw .usage("--limit needs a positive whole number, not \"\(text)\"")
      }
      limit = number
    }
    let loaded = try JourneyInput.load(path, context)
    let runs = try read(loaded, limit: limit)
    context.out(format == "json" ? json(runs) : text(runs, journey: loaded.journey))
    return .ok
  }

  /// The journey's runs, newest first; none when the workspace has no history yet.
  private static func read(
    _ loaded: JourneyInput.Loaded, limit: Int?
  ) throws(CLIError) -> [RunRecord] {
    let root = loaded.workspace.root
    let file = root.appendingPathComponent(RunHistory.relativePath)
    guard FileManager.default.fileExists(atPath: file.path) else { return [] }
    do {
      let history = try RunHistory(workspace: root)
      defer { history.close() }
      return try history.runs(journeyID: loaded.journey.id, limit: limit)
    } catch {
      throw .input("cannot read \(RunHistory.relativePath): \(error)")
    }
  }

  /// The runs as a table, or a sentence when there are none.
  static func text(_ runs: [RunRecord], journey: Journey) -> String {
    guard !runs.isEmpty else { return "no runs recorded for journey \(journey.id)\n" }
    var rows = [[
      "ID", "TYPE", "STATUS", "VERSION", "STARTED (UTC)", "RUN AT (UTC)", "ENTERED", "EXITED",
      "COMPLETED", "ACTIVATIONS",
    ]]
    for run in runs {
      rows.append([
        String(run.id ?? 0), run.runType.rawValue, status(run.status), "v\(run.journeyVersion)",
        minute(run.startedAt), run.runAt.map(minute) ?? "-", String(run.entered),
        String(run.exited), String(run.completed), activations(run),
      ])
    }
    return Table.render(rows, rightAligned: [0, 6, 7, 8])
  }

  /// The runs as a JSON array with every count.
  static func json(_ runs: [RunRecord]) -> String {
    let items = runs.map { run -> JSONNode in
      JSONNode(.object([
        member("id", run.id.map { .int(Int($0)) } ?? .null),
        member("journey", .string(run.journeyID)), member("version", .int(run.journeyVersion)),
        member("type", .string(run.runType.rawValue)),
        member("status", .string(status(run.status))),
        member("startedAt", .string(iso(run.startedAt))),
        member("finishedAt", .string(iso(run.finishedAt))),
        member("runAt", run.runAt.map { .string(iso($0)) } ?? .null),
        member("entered", .int(run.entered)), member("exited", .int(run.exited)),
        member("completed", .int(run.completed)),
        member("exitedByReason", counts(run.exitedByReason)),
        member("activations", counts(run.activationsByDestination)),
        member("contactsOnStep", counts(run.contactsOnStep)),
        member("simulation", run.simulationID.map { .string($0) } ?? .null),
      ]))
    }
    return JSONWriter.text(of: .array(items))
  }

  private static func member(_ key: String, _ value: JSONValue) -> JSONMember {
    JSONMember(key, JSONNode(value))
  }

  /// Counts by name, sorted by name so equal histories print the same bytes.
  private static func counts(_ counts: [String: Int]) -> JSONValue {
    .object(counts.keys.sorted().map { member($0, .int(counts[$0] ?? 0)) })
  }

  private static func status(_ status: RunRecord.Status) -> String {
    switch status {
    case .success: return "success"
    case .fail(let reason?): return "fail: \(reason)"
    case .fail(nil): return "fail"
    }
  }

  /// "email 3, crm 1", sorted by destination; "-" when none.
  private static func activations(_ run: RunRecord) -> String {
    let names = run.activationsByDestination.keys.sorted()
    guard !names.isEmpty else { return "-" }
    return names.map { "\($0) \(run.activationsByDestination[$0] ?? 0)" }
      .joined(separator: ", ")
  }

  private static func minute(_ date: Date) -> String {
    TimeText.minute(Int64(date.timeIntervalSince1970.rounded(.down)))
  }

  private static func iso(_ date: Date) -> String {
    TimestampFormatter.iso8601(Int64(date.timeIntervalSince1970.rounded(.down)))
  }
}
