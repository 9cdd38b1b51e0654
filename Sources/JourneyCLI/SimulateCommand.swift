import Foundation
import JourneyEngine
import JourneyModel
import JourneySimulator
import JourneyStore
import TextFormats

/// `journey simulate FILE`: runs a journey over the workspace's data on a simulated clock.
enum SimulateCommand: Command {
  static let name = "simulate"
  static let summary = "run a journey over the contact data on a simulated clock"
  static let help = """
    Usage: journey simulate FILE [--data DIR] [--from TIME] [--to TIME] [--schedule S]
                            [--format text|json|csv] [--trace CONTACT_ID]
                            [--skip-bad-rows] [--no-history]

    Runs the journey over the workspace's contact data from --from (taken as the publish
    time) to --to, both included, at the run times of its schedule, and prints the counts:
    for the journey (entered, completed, exited, activations per destination) and for
    every step (arrived, there now, left by each path, exited). Each simulated run is
    recorded in the run history (.journey/history.sqlite), marked as simulated.

    Options:
      --data DIR           read the data files from DIR instead of the workspace's data/
      --from TIME          start, ISO 8601 date or date-time (default: the first timestamp
                           in the data); a date alone is midnight in the workspace's zone
      --to TIME            end (default: the last timestamp in the data); a date alone
                           means the end of that day
      --schedule S         simulate another schedule: \(Schedule.forms)
      --format F           text (default), json or csv
      --trace CONTACT_ID   print that contact's path instead of the report: each step
                           reached with its arrival and run times, the branch taken and why
      --skip-bad-rows      skip data rows that cannot be read (each is listed on standard
                           error) instead of stopping
      --no-history         do not record the runs in the run history

    Exit status: 0 simulated, 1 the journey has blocking errors, 2 bad usage or data that
    cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(
      words, command: name,
      options: ["--data", "--from", "--to", "--schedule", "--format", "--trace"],
      flags: ["--skip-bad-rows", "--no-history"])
    let format = try arguments.choice(
      "--format", ["text", "json", "csv"], default: "text", command: name)
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("name one journey file: journey simulate FILE")
    }
    let loaded = try JourneyInput.load(path, context)
    let hub = loaded.workspace.hub
    try refuseBlockingErrors(loaded, context)

    let data = try loadData(arguments, loaded, context)
    let options = try simulationOptions(arguments, hub: hub, data: data)
    let simulator: Simulator
    do {
      simulator = try Simulator(journey: loaded.journey, hub: hub, data: data, options: options)
    } catch {
      throw .refused(error.description)
    }

    let records = simulate(simulator, loaded.journey, context)
    if !arguments.flag("--no-history") {
      try record(records, workspace: loaded.workspace.root, context)
    }
    if let contact = arguments.value("--trace") {
      guard let trace = simulator.trace(contactID: contact) else {
        throw .input("no contact \"\(contact)\" in the data: check the id (ids are "
          + "case-sensitive)")
      }
      context.out(render(trace, format))
    } else {
      context.out(render(simulator.snapshot(), format))
    }
    return .ok
  }

  // MARK: - Steps

  /// Stops with exit 1 when the journey has blocking validation errors.
  private static func refuseBlockingErrors(
    _ loaded: JourneyInput.Loaded, _ context: CommandContext
  ) throws(CLIError) {
    let errors = Validator.validate(loaded.journey, hub: loaded.workspace.hub)
      .filter(\.isError)
    guard !errors.isEmpty else { return }
    for problem in errors {
      context.err("\(loaded.path): \(problem.stepID ?? "-"): \(problem.message)\n")
    }
    throw .refused("\(plural(errors.count, "blocking error")) in \(loaded.path): fix them "
      + "first (`journey validate \(loaded.path)` lists them)")
  }

  /// Loads the contact data, listing skipped and ignored rows on standard error.
  private static func loadData(
    _ arguments: Arguments, _ loaded: JourneyInput.Loaded, _ context: CommandContext
  ) throws(CLIError) -> ContactData {
    let options = LoadOptions(skipBadRows: arguments.flag("--skip-bad-rows"))
    let data: ContactData
    do {
      data = try ContactData.load(
        workspace: loaded.workspace.root, hub: loaded.workspace.hub,
        dataFolder: arguments.value("--data").map { context.url($0) }, options: options)
    } catch {
      throw .input(error.description)
    }
    let report = data.report
    for row in report.skippedRows { context.err("skipped \(row.description)\n") }
    if report.skippedCount > 0 {
      context.err("skipped \(plural(report.skippedCount, "row")) that could not be read\n")
    }
    for ignored in report.ignored {
      context.err("\(ignored.path): ignored \(plural(ignored.rows, "row")): \(ignored.reason)\n")
    }
    return data
  }

  /// The simulated span and schedule from the options, defaulting to the data's span.
  private static func simulationOptions(
    _ arguments: Arguments, hub: Hub, data: ContactData
  ) throws(CLIError) -> SimulationOptions {
    let zone = (try? ZoneCache.shared.rules(for: hub.timeZone)) ?? .utc
    let from = try arguments.value("--from").map { text throws(CLIError) in
      try time(text, option: "--from", endOfDay: false, zone: zone)
    } ?? data.timeRange?.lowerBound
    let to = try arguments.value("--to").map { text throws(CLIError) in
      try time(text, option: "--to", endOfDay: true, zone: zone)
    } ?? data.timeRange?.upperBound
    guard let from, let to else {
      throw .usage("the data has no timestamps: give --from and --to")
    }
    guard from <= to else {
      throw .usage("--from must not be after --to")
    }
    var schedule: Schedule?
    if let text = arguments.value("--schedule") {
      guard let parsed = Schedule(text: text) else {
        throw .usage("--schedule must be \(Schedule.forms), not \"\(text)\"")
      }
      schedule = parsed
    }
    return SimulationOptions(from: from, to: to, schedule: schedule)
  }

  /// An ISO 8601 date or date-time; a date alone is midnight in `zone`, or the last second
  /// of that day with `endOfDay`.
  static func time(
    _ text: String, option: String, endOfDay: Bool, zone: ZoneRules
  ) throws(CLIError) -> Int64 {
    var parser = TimestampParser(format: .iso8601, zone: zone)
    guard let time = parser.parse(text) else {
      throw .usage("\(option) needs an ISO 8601 date or date-time such as 2026-03-01 or "
        + "2026-03-01T09:00:00Z, not \"\(text)\"")
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard endOfDay, trimmed.count == 10 else { return time }
    let wall = time + zone.offset(at: time) + 86_400
    return zone.instant(ofWallSeconds: wall) - 1
  }

  /// Runs the simulation to its end, returning one history record per run.
  private static func simulate(
    _ simulator: Simulator, _ journey: Journey, _ context: CommandContext
  ) -> [RunRecord] {
    let clock = Date(timeIntervalSince1970: Double(context.now()))
    let simulationID = "\(journey.id)-\(UUID().uuidString.lowercased().prefix(8))"
    let plan = simulator.plan
    var records: [RunRecord] = []
    simulator.runToEnd { result in
      records.append(RunRecord(
        journeyID: journey.id, journeyVersion: journey.version, runType: .simulated,
        status: .success, startedAt: clock, finishedAt: clock,
        runAt: Date(timeIntervalSince1970: Double(result.runAt)), entered: result.entered,
        exited: result.exitedCount, completed: result.completed,
        exitedByReason: counts(ExitReason.allCases.map(\.description), result.exited),
        activationsByDestination: counts(plan.destinations, result.activationsPerDestination),
        contactsOnStep: counts(plan.stepIDs, result.contactsOnStep),
        simulationID: simulationID))
    }
    return records
  }

  /// The non-zero counts by name.
  private static func counts(_ names: [String], _ values: [Int]) -> [String: Int] {
    var counts: [String: Int] = [:]
    for (name, value) in zip(names, values) where value != 0 { counts[name] = value }
    return counts
  }

  /// Stores the runs in the workspace's run history.
  private static func record(
    _ records: [RunRecord], workspace: URL, _ context: CommandContext
  ) throws(CLIError) {
    do {
      let history = try RunHistory(workspace: workspace)
      defer { history.close() }
      try history.append(records)
    } catch {
      throw .input("cannot record the simulated runs in \(RunHistory.relativePath): \(error); "
        + "run again with --no-history to skip it")
    }
    context.err("recorded \(plural(records.count, "simulated run")) in "
      + "\(RunHistory.relativePath)\n")
  }

  private static func render(_ report: SimulationReport, _ format: String) -> String {
    switch format {
    case "json": return ReportJSON.render(report)
    case "csv": return ReportCSV.render(report)
    default: return ReportText.render(report)
    }
  }

  private static func render(_ trace: ContactTrace, _ format: String) -> String {
    switch format {
    case "json": return ReportJSON.render(trace)
    case "csv": return ReportCSV.render(trace)
    default: return ReportText.render(trace)
    }
  }
}
