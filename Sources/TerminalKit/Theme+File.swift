import Foundation

extension Theme {
  /// Loads a theme file and merges it over `base`.
  ///
  /// The file is a JSON object with optional keys `"name"` (defaults to the file name),
  /// `"base"` (a built-in theme to start from instead of `base`) and `"roles"`, which maps
  /// role names to objects with optional `"foreground"`, `"background"` (a colour name, e.g.
  /// `"red"`, `"bright-red"`, `"default"`, or a palette number 0–255) and `"attributes"` (a
  /// list of `"bold"`, `"reverse"`, `"underline"`, `"dim"`). Anything left out keeps the base
  /// theme's value.
  public static func load(from url: URL, over base: Theme = .default) throws(ThemeError)
    -> Theme
  {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: url.path)
        ? "permission denied or not a file" : "no such file"
      throw .unreadable(file: url.path, reason: reason)
    }
    return try parse(data, file: url.path, over: base)
  }

  /// Parses theme-file JSON (see `load(from:over:)`); `file` names it in errors.
  public static func parse(_ data: Data, file: String, over base: Theme = .default)
    throws(ThemeError) -> Theme
  {
    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    return try ThemeFileReader(file: file).read(data, over: base, defaultName: name)
  }

  /// Finds a theme by built-in name, or as `<name>.json` in `directory`, or as a path.
  ///
  /// Never fails: on any problem it returns the default theme together with the error, so
  /// the caller can show the message and carry on.
  public static func resolve(_ nameOrPath: String, themesDirectory directory: URL?)
    -> (theme: Theme, error: ThemeError?)
  {
    if let builtIn = builtIn(named: nameOrPath) {
      return (builtIn, nil)
    }

    let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".json")
    let url: URL
    if isPath {
      url = URL(fileURLWithPath: nameOrPath)
    } else if let directory {
      url = directory.appendingPathComponent("\(nameOrPath).json")
    } else {
      return (.default, .unknownTheme(name: nameOrPath, searched: "\(nameOrPath).json"))
    }

    guard FileManager.default.fileExists(atPath: url.path) else {
      return (.default, .unknownTheme(name: nameOrPath, searched: url.path))
    }
    do {
      return (try load(from: url), nil)
    } catch {
      return (.default, error)
    }
  }

  /// The theme as a complete theme file, one line per role in `Role` order.
  public func jsonText() -> String {
    let nameWidth = Role.allCases.map(\.rawValue.count).max() ?? 0
    let lines = Role.allCases.map { role in
      let style = self[role]
      let key = "\"\(role.rawValue)\":"
      let padded = key.padding(toLength: nameWidth + 3, withPad: " ", startingAt: 0)
      let attributes = style.attributes.names.map { "\"\($0)\"" }.joined(separator: ", ")
      return "    \(padded) { \"foreground\": \(Self.json(style.foreground)), "
        + "\"background\": \(Self.json(style.background)), \"attributes\": [\(attributes)] }"
    }
    return """
      {
        "name": \(Self.json(name)),
        "roles": {
      \(lines.joined(separator: ",\n"))
        }
      }

      """
  }

  private static func json(_ color: Color) -> String {
    if case .indexed(let index) = color {
      return String(index)
    }
    return "\"\(color)\""
  }

  private static func json(_ text: String) -> String {
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return "\"\(escaped)\""
  }
}
