import Foundation

/// Reads a theme file's JSON object over a base theme, naming the key path of any problem.
struct ThemeFileReader {
  /// The file name used in error messages.
  let file: String

  private static let topKeys = ["base", "name", "roles"]
  private static let styleKeys = ["attributes", "background", "foreground"]

  /// Parses `data` and merges its roles over `base` (or over the theme named by `"base"`).
  func read(_ data: Data, over base: Theme, defaultName: String) throws(ThemeError) -> Theme {
    let root = try object(parse(data), at: "")
    try checkKeys(root, allowed: Self.topKeys, at: "")

    var theme = try baseTheme(root["base"]) ?? base
    theme.name = try string(root["name"], at: "name") ?? defaultName
    if let roles = root["roles"] {
      try merge(object(roles, at: "roles"), into: &theme)
    }
    return theme
  }

  private func parse(_ data: Data) throws(ThemeError) -> Any {
    do {
      return try JSONSerialization.jsonObject(with: data)
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      throw .invalidJSON(file: file, reason: detail ?? "unreadable JSON")
    }
  }

  private func baseTheme(_ value: Any?) throws(ThemeError) -> Theme? {
    guard let name = try string(value, at: "base") else {
      return nil
    }
    guard let theme = Theme.builtIn(named: name) else {
      let names = Theme.builtIn.map(\.name).joined(separator: ", ")
      throw .badValue(
        file: file, keyPath: "base", value: "\"\(name)\"", expected: "one of \(names)")
    }
    return theme
  }

  private func merge(_ roles: [String: Any], into theme: inout Theme) throws(ThemeError) {
    try checkKeys(roles, allowed: Role.allCases.map(\.rawValue), at: "roles")
    for key in roles.keys.sorted() {
      guard let role = Role(rawValue: key), let value = roles[key] else {
        continue
      }
      theme[role] = try style(value, at: "roles.\(key)", over: theme[role])
    }
  }

  private func style(_ value: Any, at path: String, over base: Style) throws(ThemeError)
    -> Style
  {
    let fields = try object(value, at: path)
    try checkKeys(fields, allowed: Self.styleKeys, at: path)

    var style = base
    if let attributes = fields["attributes"] {
      style.attributes = try self.attributes(attributes, at: "\(path).attributes")
    }
    if let background = fields["background"] {
      style.background = try color(background, at: "\(path).background")
    }
    if let foreground = fields["foreground"] {
      style.foreground = try color(foreground, at: "\(path).foreground")
    }
    return style
  }

  private func color(_ value: Any, at path: String) throws(ThemeError) -> Color {
    if let name = value as? String, let color = Color(name: name) {
      return color
    }
    if let number = value as? NSNumber, !Self.isBoolOrFraction(number),
      (0...255).contains(number.intValue)
    {
      return .indexed(UInt8(number.intValue))
    }
    throw .badValue(
      file: file, keyPath: path, value: Self.show(value),
      expected: "\"default\", a colour name such as \"red\" or \"bright-red\", "
        + "or a palette number 0-255")
  }

  private func attributes(_ value: Any, at path: String) throws(ThemeError) -> Attributes {
    guard let list = value as? [Any] else {
      throw .wrongType(file: file, keyPath: path, expected: "a list of attribute names")
    }

    var result: Attributes = []
    for (index, item) in list.enumerated() {
      guard let name = item as? String,
        let match = Attributes.named.first(where: { $0.name == name.lowercased() })
      else {
        let names = Attributes.named.map(\.name).joined(separator: ", ")
        throw .badValue(
          file: file, keyPath: "\(path)[\(index)]", value: Self.show(item),
          expected: "one of \(names)")
      }
      result.insert(match.attribute)
    }
    return result
  }

  // MARK: - JSON shapes

  private func object(_ value: Any, at path: String) throws(ThemeError) -> [String: Any] {
    guard let object = value as? [String: Any] else {
      throw .wrongType(
        file: file, keyPath: path.isEmpty ? "(top level)" : path,
        expected: "an object")
    }
    return object
  }

  private func string(_ value: Any?, at path: String) throws(ThemeError) -> String? {
    guard let value else {
      return nil
    }
    guard let text = value as? String else {
      throw .wrongType(file: file, keyPath: path, expected: "a string")
    }
    return text
  }

  private func checkKeys(_ object: [String: Any], allowed: [String], at path: String)
    throws(ThemeError)
  {
    let unknown = object.keys.filter { !allowed.contains($0) }.sorted()
    if let first = unknown.first {
      let keyPath = path.isEmpty ? first : "\(path).\(first)"
      throw .unknownKey(file: file, keyPath: keyPath, known: allowed)
    }
  }

  private static func isBoolOrFraction(_ number: NSNumber) -> Bool {
    let type = String(cString: number.objCType)
    return type == "c" || type == "d" || type == "f"
  }

  /// A JSON value as shown in messages: strings quoted, numbers as written, others by kind.
  private static func show(_ value: Any) -> String {
    switch value {
    case let text as String:
      return "\"\(text)\""
    case let number as NSNumber:
      let type = String(cString: number.objCType)
      return type == "c" ? (number.boolValue ? "true" : "false") : number.stringValue
    case is [Any]:
      return "a list"
    case is [String: Any]:
      return "an object"
    default:
      return "null"
    }
  }
}
