extension Key {
  /// Names of the keys that are not characters, as written in key maps.
  private static let codeNames: [(name: String, code: Code)] = [
    ("enter", .enter), ("esc", .escape), ("tab", .tab), ("backtab", .backTab),
    ("backspace", .backspace), ("delete", .delete), ("insert", .insert),
    ("up", .up), ("down", .down), ("left", .left), ("right", .right),
    ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown),
    ("space", .character(" ")),
  ]

  /// Other spellings accepted when parsing, mapped to the canonical names above.
  private static let aliases: [String: String] = [
    "return": "enter", "escape": "esc", "shift-tab": "backtab", "bs": "backspace",
    "del": "delete", "ins": "insert", "pageup": "pgup", "pagedown": "pgdn",
    "page-up": "pgup", "page-down": "pgdn",
  ]

  /// The stable text name, e.g. `"ctrl-s"`, `"enter"`, `"pgdn"`, `"?"`, `"f5"`, `"alt-x"`.
  public var name: String {
    let base: String
    switch code {
    case .character(let character) where character != " ":
      base = String(character)
    case .function(let number):
      base = "f\(number)"
    case .ctrl(let letter):
      base = "ctrl-\(letter)"
    default:
      base = Key.codeNames.first { $0.code == code }?.name ?? "unknown"
    }
    return alt ? "alt-\(base)" : base
  }

  /// Parses a key name as written by `name`; nil when the text names no key.
  ///
  /// Named keys and prefixes ignore case (`"Enter"`, `"Ctrl-S"`, `"PgDn"`); single characters
  /// are taken as they are, so `"A"` is a capital A. A few aliases are accepted too:
  /// `return`, `escape`, `shift-tab`, `del`, `pageup`, `pagedown`.
  public init?(name: String) {
    if name.count == 1, let character = name.first, TextWidth.width(of: character) > 0 {
      self.init(.character(character))
      return
    }

    let lower = name.lowercased()
    if lower.hasPrefix("alt-"), name.count > 4 {
      guard let inner = Key(name: String(name.dropFirst(4))), !inner.alt else {
        return nil
      }
      self.init(inner.code, alt: true)
      return
    }

    guard let code = Key.parseCode(lower) else {
      return nil
    }
    self.init(code)
  }

  private static func parseCode(_ lower: String) -> Code? {
    let canonical = aliases[lower] ?? lower
    if let named = codeNames.first(where: { $0.name == canonical }) {
      return named.code
    }

    if canonical.hasPrefix("ctrl-"), canonical.count == 6, let letter = canonical.last,
      letter >= "a", letter <= "z"
    {
      return .ctrl(letter)
    }

    if canonical.hasPrefix("f"), let number = Int(canonical.dropFirst()),
      (1...63).contains(number), canonical == "f\(number)"
    {
      return .function(number)
    }
    return nil
  }
}
