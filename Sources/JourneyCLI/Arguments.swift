/// A command line split into positional words, options with a value, and flags, checked
/// against what the command accepts.
public struct Arguments: Sendable {
  /// Words that are not options, in order.
  public private(set) var positionals: [String] = []
  private var values: [String: String] = [:]
  private var flags: Set<String> = []

  /// Splits `words`; `options` take a value (`--format json` or `--format=json`), `flags` do
  /// not. Anything else starting with `-` is a usage error naming the command.
  public init(
    _ words: [String], command: String, options: Set<String> = [], flags: Set<String> = []
  ) throws(CLIError) {
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      if word == "--" {
        positionals += words[index...]
        break
      }
      guard word.hasPrefix("-"), word.count > 1 else {
        positionals.append(word)
        continue
      }
      let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
      let name = parts[0]
      if flags.contains(name), parts.count == 1 {
        self.flags.insert(name)
      } else if options.contains(name) {
        if parts.count == 2 {
          values[name] = parts[1]
        } else if index < words.count {
          values[name] = words[index]
          index += 1
        } else {
          throw .usage("\(name) needs a value: see `journey \(command) --help`")
        }
      } else {
        throw .usage("unknown option \(name) for `journey \(command)`: see "
          + "`journey \(command) --help`")
      }
    }
  }

  /// The value of an option, if given.
  public func value(_ option: String) -> String? { values[option] }

  /// Whether a flag was given.
  public func flag(_ flag: String) -> Bool { flags.contains(flag) }

  /// The value of an option that must be one of `choices`; `fallback` when absent.
  public func choice(
    _ option: String, _ choices: [String], default fallback: String, command: String
  ) throws(CLIError) -> String {
    guard let given = values[option] else { return fallback }
    guard choices.contains(given) else {
      throw .usage("\(option) must be one of \(choices.joined(separator: ", ")), not "
        + "\"\(given)\": see `journey \(command) --help`")
    }
    return given
  }
}
