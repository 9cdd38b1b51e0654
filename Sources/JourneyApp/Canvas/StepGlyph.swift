import JourneyModel
import TerminalKit

/// The symbol and colour role of each step type on the canvas.
enum StepGlyph {
  /// A one-column symbol: `▶ ◷ ◆ ‖ ➤ ■`, or ASCII `> ~ ? | * #`.
  static func symbol(_ type: StepType, ascii: Bool) -> String {
    switch type {
    case .start: return ascii ? ">" : "▶"
    case .wait: return ascii ? "~" : "◷"
    case .segment: return ascii ? "?" : "◆"
    case .pauseUntil: return ascii ? "|" : "‖"
    case .activate: return ascii ? "*" : "➤"
    case .stop: return ascii ? "#" : "■"
    }
  }

  /// The role the step's row is drawn in.
  static func role(_ type: StepType) -> Role {
    switch type {
    case .start: return .stepStart
    case .wait: return .stepWait
    case .segment: return .stepSegment
    case .pauseUntil: return .stepPauseUntil
    case .activate: return .stepActivate
    case .stop: return .stepStop
    }
  }

  /// What a step type does, for the "add a step" picker.
  static func help(_ type: StepType) -> String {
    switch type {
    case .start: return "where contacts enter"
    case .wait: return "hold contacts for a time or until a weekday"
    case .segment: return "branch on a profile field"
    case .pauseUntil: return "hold contacts until a condition or a timeout"
    case .activate: return "send contacts to destinations"
    case .stop: return "end the path"
    }
  }
}
