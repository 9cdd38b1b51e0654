import JourneyModel
import TerminalKit

/// The one-character marker of a problem's severity, so it never depends on colour alone.
enum ProblemMarker {
  /// `✗` for an error and `!` for a warning; ASCII `E` and `W`.
  static func symbol(_ severity: ProblemSeverity, ascii: Bool) -> String {
    switch severity {
    case .error: return ascii ? "E" : "✗"
    case .warning: return ascii ? "W" : "!"
    }
  }

  /// The role the marker is drawn in.
  static func role(_ severity: ProblemSeverity) -> Role {
    severity == .error ? .error : .warning
  }
}
