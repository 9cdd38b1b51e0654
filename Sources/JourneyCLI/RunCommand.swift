import Foundation
import JourneyEngine
import JourneyModel
import JourneyOperations
import TextFormats

/// `journey run [FILE...]`: carries out the live runs that are due.
enum RunCommand: Command {
  static let name = "run"
  static let summary = "carry out the runs due for Active journeys and deliver activations"
  static let help = """
    Usage: journey run [FILE...] [--now | --full] [--at TIME] [--skip-bad-rows]

    Carries out every run that is due for the named Active journeys (every journey of the
    workspace when none is named) against the workspace's current data: runs missed since
    the last one are made up in order, each at its own scheduled time. Each journey goes on
    from its saved state in .journey/history.sqlite; each run is one transaction, recorded in
    the run history, and its activations are then delivered as hub.json says (appended to a
    file, posted to a webhook or piped to a command). Activations a destination did not
    take wait and go first at the next run. Paused and Draft journeys are skipped. A journey
    another `journey run` is running is skipped, naming that process.

    Call it every few minutes from cron or a systemd timer; it does nothing when no run is
    due.

    Options:
      --now            after the runs due, one Run now at the current time
      --full           after the runs due, one Full run at the current time: it also admits
                       every contact that qualifies now and may enter, leaving contacts
                       already in the journey alone
      --at TIME        the current time, ISO 8601 such as 2026-12-03T10:00:00Z (default: the
                       clock)
      --skip-bad-rows  skip data rows that cannot be read (each is counted) instead of
                       failing the run

    Output: one line per run, delivery and skipped journey.

    Exit status: 0 all done, 1 a run or a delivery failed or a journey was locked,
    2 bad usage or a file that cannot be read.

    """

  /// The environment variable that makes the process stop at a pause point, for tests that
  /// kill a run in the middle: before-commit, after-commit or after-delivery.
  static let pauseVariable = "JOURNEY_TEST_PAUSE_AT"

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(
      words, command: name, options: ["--at"], flags: ["--now", "--full", "--skip-bad-rows"])
    if arguments.flag("--now"), arguments.flag("--full") {
      throw .usage("give --now or --full, not both: see `journey run --help`")
    }
    let request: RunRequest =
      arguments.flag("--now") ? .now : arguments.flag("--full") ? .full : .due
    let now = try time(arguments.value("--at"), context)
    let options = RunnerOptions(load: LoadOptions(skipBadRows: arguments.flag("--skip-bad-rows")))

    var problems = false
    var unreadable = false
    for (workspace, files) in try journeys(arguments.positionals, context) {
      let runner: LiveRunner
      do {
        runner = try LiveRunner(workspace: workspace, options: options, pause: pauser(context))
      } catch {
        throw .input(error.description)
      }
      defer { runner.close() }
      for file in files {
        runner.run(journeyAt: file.url, shownPath: file.path, request: request, now: now) {
          event in
          context.out(RunEventText.line(event) + "\n")
          if case .unreadable = event { unreadable = true }
          problems = problems || event.isProblem
        }
      }
    }
    return unreadable ? .usage : problems ? .problems : .ok
  }

  /// The time `--at` gives, or the clock's.
  static func time(_ text: String?, _ context: CommandContext) throws(CLIError) -> Int64 {
    guard let text else { return context.now() }
    var parser = TimestampParser(format: .iso8601, zone: .utc)
    guard let time = parser.parse(text) else {
      throw .usage("--at needs an ISO 8601 time such as 2026-12-03T10:00:00Z, not \"\(text)\"")
    }
    return time
  }

  /// The journey files to run, grouped by workspace: those named, or every journey of the
  /// workspace holding the current folder.
  private static func journeys(
    _ paths: [String], _ context: CommandContext
  ) throws(CLIError) -> [(Workspace, [(path: String, url: URL)])] {
    guard !paths.isEmpty else {
      let workspace = try JourneyInput.workspace(nil, context)
      let files: [URL]
      do {
        files = try workspace.journeyFiles()
      } catch {
        throw .input(error.description)
      }
      return [(workspace, files.map { (Workspace.displayPath($0), $0) })]
    }

    var groups: [(Workspace, [(path: String, url: URL)])] = []
    for file in try JourneyInput.journeyFiles(paths, context) {
      let workspace: Workspace
      do {
        workspace = try Workspace.containing(file.url)
      } catch {
        throw .input(error.description)
      }
      if let index = groups.firstIndex(where: { $0.0.root == workspace.root }) {
        groups[index].1.append(file)
      } else {
        groups.append((workspace, [file]))
      }
    }
    return groups
  }

  /// What to do at a pause point: nothing, unless the test variable names it; then say so
  /// on standard error and wait to be killed.
  private static func pauser(_ context: CommandContext) -> (PausePoint) -> Void {
    let wanted = ProcessInfo.processInfo.environment[pauseVariable]
      .flatMap(PausePoint.init(rawValue:))
    guard let wanted else { return { _ in } }
    return { point in
      guard point == wanted else { return }
      context.err("journey run: paused at \(point.rawValue) (process \(getpid()))\n")
      while true { sleep(60) }
    }
  }
}
