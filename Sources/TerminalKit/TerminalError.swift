/// Why the terminal screen could not be started.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The terminal type is unset or has no terminfo entry.
  case unknownTerminalType(String?)
  /// Standard input or output is not a terminal (piped or redirected).
  case notATerminal
  /// The screen library failed for another reason.
  case startFailed(String)

  /// What is wrong and what to do about it.
  public var description: String {
    switch self {
    case .unknownTerminalType(let name?):
      return "unknown terminal type \"\(name)\"; set TERM to a known type, "
        + "e.g. TERM=xterm-256color"
    case .unknownTerminalType(nil):
      return "TERM is not set, so the terminal type is unknown; "
        + "set it, e.g. TERM=xterm-256color"
    case .notATerminal:
      return "standard input and output must be a terminal for the interactive screen; "
        + "run it in a terminal, or use the plain commands"
    case .startFailed(let reason):
      return "the terminal screen could not start: \(reason)"
    }
  }
}
