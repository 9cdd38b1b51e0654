import Foundation
import TerminalKit

/// The user's settings from `$XDG_CONFIG_HOME/journey/config.json` (or
/// `~/.config/journey/config.json`): theme, ASCII drawing, mouse, and key remaps.
///
/// Every key is optional and merged over the defaults. Example:
/// `{"version": 1, "theme": "light", "ascii": false, "mouse": true,
///   "keys": {"move-down": ["j", "down"], "publish": "none"}}`.
public struct UserConfig: Hashable, Sendable {
  /// A built-in theme name or a theme file path.
  public var theme: String?
  /// Draw with ASCII characters.
  public var ascii: Bool?
  /// Enable the mouse.
  public var mouse: Bool?
  /// Actions whose keys are replaced; an empty list unbinds the action.
  public var keys: [Action: [Key]] = [:]

  /// An empty config: defaults everywhere.
  public init() {}

  private static let topKeys = ["version", "theme", "ascii", "mouse", "keys"]

  /// The config folder: `$XDG_CONFIG_HOME/journey`, or `~/.config/journey`.
  public static func folder(environment: [String: String]) -> URL {
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    return URL(fileURLWithPath: base).appendingPathComponent("journey")
  }

  /// Reads the config at `url`; a missing file is an empty config. Problems are returned
  /// with whatever could be read.
  public static func load(_ url: URL) -> (config: UserConfig, problems: [ConfigError]) {
    guard FileManager.default.fileExists(atPath: url.path) else { return (UserConfig(), []) }
    let file = url.path
    guard let data = try? Data(contentsOf: url) else {
      return (UserConfig(), [.unreadable(file: file, reason: "permission denied or not a file")])
    }
    return parse(data, file: file)
  }

  /// Reads config JSON; `file` names it in problems.
  public static func parse(_ data: Data, file: String) -> (
    config: UserConfig, problems: [ConfigError]
  ) {
    let root: [String: Any]
    do {
      guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        return (UserConfig(), [.invalidJSON(file: file, reason: "the top level is not an object")])
      }
      root = object
    } catch {
      let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      return (UserConfig(), [.invalidJSON(file: file, reason: reason ?? "unreadable JSON")])
    }

    var problems: [ConfigError] = []
    if let version = root["version"] {
      guard let number = version as? Int else {
        return (UserConfig(), [.badValue(file: file, keyPath: "version", expected: "1")])
      }
      guard number <= 1 else {
        return (UserConfig(), [.unsupportedVersion(file: file, version: number)])
      }
    }
    for key in root.keys.sorted() where !topKeys.contains(key) {
      problems.append(.unknownKey(file: file, keyPath: key, known: topKeys))
    }

    var config = UserConfig()
    config.theme = string(root["theme"], "theme", file, &problems)
    config.ascii = bool(root["ascii"], "ascii", file, &problems)
    config.mouse = bool(root["mouse"], "mouse", file, &problems)
    if let keys = root["keys"] {
      config.keys = remaps(keys, file, &problems)
    }
    return (config, problems)
  }

  private static func string(
    _ value: Any?, _ key: String, _ file: String, _ problems: inout [ConfigError]
  ) -> String? {
    guard let value else { return nil }
    guard let text = value as? String, !text.isEmpty else {
      problems.append(.badValue(file: file, keyPath: key, expected: "a non-empty string"))
      return nil
    }
    return text
  }

  private static func bool(
    _ value: Any?, _ key: String, _ file: String, _ problems: inout [ConfigError]
  ) -> Bool? {
    guard let value else { return nil }
    guard let flag = value as? Bool else {
      problems.append(.badValue(file: file, keyPath: key, expected: "true or false"))
      return nil
    }
    return flag
  }

  private static func remaps(
    _ value: Any, _ file: String, _ problems: inout [ConfigError]
  ) -> [Action: [Key]] {
    guard let object = value as? [String: Any] else {
      problems.append(
        .badValue(
          file: file, keyPath: "keys", expected: "an object of action names to key lists"))
      return [:]
    }
    var result: [Action: [Key]] = [:]
    for name in object.keys.sorted() {
      guard let action = Action(rawValue: name) else {
        problems.append(
          .unknownKey(
            file: file, keyPath: "keys.\(name)", known: ["action names as in docs/KEYS.md"]))
        continue
      }
      if let keys = keyList(object[name], "keys.\(name)", file, &problems) {
        result[action] = keys
      }
    }
    return result
  }

  private static func keyList(
    _ value: Any?, _ path: String, _ file: String, _ problems: inout [ConfigError]
  ) -> [Key]? {
    let names: [String]
    if let single = value as? String {
      names = [single]
    } else if let list = value as? [String] {
      names = list
    } else {
      problems.append(
        .badValue(
          file: file, keyPath: path, expected: "a key name, a list of key names, or \"none\""))
      return nil
    }
    if names == ["none"] { return [] }

    var keys: [Key] = []
    for (index, name) in names.enumerated() {
      guard let key = Key(name: name) else {
        let at = names.count == 1 ? path : "\(path)[\(index)]"
        problems.append(
          .badValue(
            file: file, keyPath: at,
            expected:
              "a key name such as \"j\", \"ctrl-s\", \"enter\" or \"pgdn\" (not \"\(name)\")"))
        return nil
      }
      keys.append(key)
    }
    return keys
  }
}
