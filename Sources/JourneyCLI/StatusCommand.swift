import JourneyModel
import JourneyOperations

/// `journey status FILE`: where a live journey stands.
enum StatusCommand: Command {
  static let name = "status"
  static let summary = "show a live journey's contacts per step, last and next run, failures"
  static let help = """
    Usage: journey status FILE [--at TIME]

    Shows where a journey stands in live operation: its state and version, when it went
    live, the last run, when the next run is due, contacts inside and on each step now,
    activations delivered and waiting per destination, and the last failure (a run or a
    delivery) with its reason. It reads the saved state only, so it is quick.

    Options:
      --at TIME  the current time, ISO 8601 (default: the clock), to tell an overdue run

    Exit status: 0 shown, 2 bad usage or the file cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(words, command: name, options: ["--at"])
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("name one journey file: journey status FILE")
    }
    let loaded = try JourneyInput.load(path, context)
    let now = try RunCommand.time(arguments.value("--at"), context)

    let status: LiveStatus
    do {
      status = try LiveStatus.read(loaded.journey, workspace: loaded.workspace, now: now)
    } catch {
      throw .input(error.description)
    }
    context.out(status.text(now: now))
    return .ok
  }
}
