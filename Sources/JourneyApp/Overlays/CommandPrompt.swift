import Foundation
import TerminalKit

/// The commands of the `:` prompt: parsing and completion.
enum CommandPrompt {
  /// A command typed at the prompt.
  enum Command: Equatable, Sendable {
    /// `:w`: save.
    case write
    /// `:q`: quit, asking about unsaved changes.
    case quit
    /// `:q!`: quit and drop unsaved changes.
    case forceQuit
    /// `:wq`: save, then quit.
    case writeQuit
    /// `:publish`.
    case publish
    /// `:pause`.
    case pause
    /// `:resume`.
    case resume
    /// `:validate`: check again and show the problems.
    case validate
    /// `:theme [NAME]`: switch theme, or say which is in use.
    case theme(String?)
    /// `:help`.
    case help
  }

  /// Every command word, for completion and the "unknown command" message.
  static let words = [
    "w", "q", "q!", "wq", "publish", "pause", "resume", "validate", "theme", "help",
  ]

  /// The command `text` names, or nil.
  static func parse(_ text: String) -> Command? {
    let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
    guard let word = parts.first else { return nil }
    let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
    switch word {
    case "w", "write": return .write
    case "q", "quit": return .quit
    case "q!", "quit!": return .forceQuit
    case "wq", "x": return .writeQuit
    case "publish": return .publish
    case "pause": return .pause
    case "resume": return .resume
    case "validate": return .validate
    case "theme": return .theme(argument?.isEmpty == false ? argument : nil)
    case "help", "h": return .help
    default: return nil
    }
  }

  /// Completes the command word (or a built-in theme name after `theme `) when exactly one
  /// candidate starts with what was typed; otherwise returns the text unchanged.
  static func complete(_ text: String) -> String {
    if text.hasPrefix("theme ") {
      let partial = String(text.dropFirst("theme ".count))
      let names = Theme.builtIn.map(\.name).filter { $0.hasPrefix(partial) }
      return names.count == 1 ? "theme \(names[0])" : text
    }
    let candidates = words.filter { $0.hasPrefix(text) && $0.count > 2 }
    return candidates.count == 1 ? candidates[0] + (candidates[0] == "theme" ? " " : "") : text
  }
}
