/// How a command ended: 0 ok, 1 problems found, 2 bad usage or unreadable input.
public enum ExitCode: Int32, Sendable {
  /// Everything went well.
  case ok = 0
  /// The command ran and found problems (validation errors, a refused publish).
  case problems = 1
  /// The command line was wrong or an input could not be read.
  case usage = 2
}
