/// One `journey` subcommand.
public protocol Command {
  /// The word that selects it: "validate".
  static var name: String { get }
  /// One line for `journey --help`.
  static var summary: String { get }
  /// The full `--help` text: usage line, what it does, options, exit codes.
  static var help: String { get }
  /// Runs the command with the words after its name.
  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode
}
