/// The `journey` command line: picks the subcommand and turns errors into messages and exit
/// codes.
public enum JourneyTool {
  /// The program's version.
  public static let version = "0.1.0"

  /// Every subcommand, in the order `journey --help` lists them.
  public static var commands: [any Command.Type] {
    [
      ValidateCommand.self, ListCommand.self, ShowCommand.self, ExportCommand.self,
      NewCommand.self, PublishCommand.self, PauseCommand.self, ResumeCommand.self,
      RunCommand.self,
      SimulateCommand.self,
      HistoryCommand.self,
      StatusCommand.self,
    ]
  }

  /// Runs the words after `journey` and returns the exit status.
  public static func run(_ words: [String], _ context: CommandContext) -> Int32 {
    guard let first = words.first, first != "--help", first != "-h", first != "help" else {
      context.out(help)
      return ExitCode.ok.rawValue
    }
    if first == "--version" {
      context.out("journey \(version)\n")
      return ExitCode.ok.rawValue
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      context.err("journey: unknown command \"\(first)\": run `journey --help` for the list\n")
      return ExitCode.usage.rawValue
    }

    let rest = Array(words.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      context.out(command.help)
      return ExitCode.ok.rawValue
    }
    do {
      return try command.run(rest, context).rawValue
    } catch {
      context.err("journey \(command.name): \(error)\n")
      return error.exitCode.rawValue
    }
  }

  /// The text of `journey --help`.
  public static var help: String {
    let width = commands.map { $0.name.count }.max() ?? 0
    let lines = commands.map { command in
      "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + command.summary
    }
    return """
      journey \(version): build, check and simulate customer journeys.

      Usage: journey COMMAND [OPTIONS] [ARGUMENTS]

      Commands:
      \(lines.joined(separator: "\n"))

      Run `journey COMMAND --help` for a command's options.
      Exit status: 0 ok, 1 problems found, 2 bad usage or unreadable input.

      """
  }
}
