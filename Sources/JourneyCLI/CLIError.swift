/// Why a command could not do its work.
public enum CLIError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The command line is wrong; the text says how to write it.
  case usage(String)
  /// An input could not be read; the text names it and says why.
  case input(String)
  /// The command ran and refused, with the reason (exit 1).
  case refused(String)

  /// The exit code for this error.
  public var exitCode: ExitCode {
    switch self {
    case .usage, .input: return .usage
    case .refused: return .problems
    }
  }

  /// The message printed on standard error.
  public var description: String {
    switch self {
    case .usage(let text), .input(let text), .refused(let text): return text
    }
  }
}
