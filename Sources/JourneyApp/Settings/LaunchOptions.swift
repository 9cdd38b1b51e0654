import Foundation

/// The command line of the interactive program: `journey [PATH] [--ascii] [--mouse]
/// [--theme NAME|FILE] [--debug]`.
public struct LaunchOptions: Hashable, Sendable {
  /// A workspace folder or a journey file; nil is the current folder.
  public var path: String?
  /// Draw with ASCII characters.
  public var ascii = false
  /// Enable the mouse.
  public var mouse = false
  /// A theme name or file, overriding the config.
  public var theme: String?
  /// Write a debug log.
  public var debug = false

  /// Creates options with defaults.
  public init() {}

  /// The usage line, for errors.
  public static let usage =
    "usage: journey [WORKSPACE | JOURNEY.json] [--ascii] [--mouse] [--theme NAME|FILE] [--debug]"

  /// Reads the words after `journey`.
  public static func parse(_ words: [String]) throws(LaunchError) -> LaunchOptions {
    var options = LaunchOptions()
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      switch word {
      case "--ascii": options.ascii = true
      case "--mouse": options.mouse = true
      case "--debug": options.debug = true
      case "--theme":
        guard index < words.count else { throw .missingValue("--theme") }
        options.theme = words[index]
        index += 1
      default:
        if word.hasPrefix("--theme=") {
          options.theme = String(word.dropFirst("--theme=".count))
        } else if word.hasPrefix("-") {
          throw .unknownOption(word)
        } else if options.path == nil {
          options.path = word
        } else {
          throw .tooManyPaths(word)
        }
      }
    }
    return options
  }
}

/// Why the interactive program cannot start, said to the user before exiting with 2.
public enum LaunchError: Error, Hashable, Sendable, CustomStringConvertible {
  /// An option this program does not have.
  case unknownOption(String)
  /// An option that needs a value got none.
  case missingValue(String)
  /// More than one path.
  case tooManyPaths(String)
  /// The path is neither a workspace folder nor a journey file in one.
  case notFound(String)
  /// The workspace cannot be opened.
  case workspace(String)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .unknownOption(let option):
      return "unknown option \"\(option)\": \(LaunchOptions.usage), or `journey --help` for "
        + "the commands"
    case .missingValue(let option):
      return "\(option) needs a value: \(LaunchOptions.usage)"
    case .tooManyPaths(let extra):
      return "one path at most (a workspace or a journey file); \"\(extra)\" is one too many"
    case .notFound(let path):
      return "\(path): no such file or folder"
    case .workspace(let reason):
      return reason
    }
  }
}
