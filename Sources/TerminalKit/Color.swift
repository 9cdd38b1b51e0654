/// A terminal colour: the terminal's default, one of the 16 named colours, or a 256-colour
/// palette index.
public enum Color: Hashable, Sendable, CustomStringConvertible {
  /// The terminal's own foreground or background (keeps transparent backgrounds).
  case `default`
  /// Basic colour 0.
  case black
  /// Basic colour 1.
  case red
  /// Basic colour 2.
  case green
  /// Basic colour 3.
  case yellow
  /// Basic colour 4.
  case blue
  /// Basic colour 5.
  case magenta
  /// Basic colour 6.
  case cyan
  /// Basic colour 7.
  case white
  /// Bright colour 8.
  case brightBlack
  /// Bright colour 9.
  case brightRed
  /// Bright colour 10.
  case brightGreen
  /// Bright colour 11.
  case brightYellow
  /// Bright colour 12.
  case brightBlue
  /// Bright colour 13.
  case brightMagenta
  /// Bright colour 14.
  case brightCyan
  /// Bright colour 15.
  case brightWhite
  /// An entry of the 256-colour palette.
  case indexed(UInt8)

  /// The 16 named colours in palette order, with the names theme files use.
  public static let named: [(name: String, color: Color)] = [
    ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow),
    ("blue", .blue), ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
    ("bright-black", .brightBlack), ("bright-red", .brightRed),
    ("bright-green", .brightGreen), ("bright-yellow", .brightYellow),
    ("bright-blue", .brightBlue), ("bright-magenta", .brightMagenta),
    ("bright-cyan", .brightCyan), ("bright-white", .brightWhite),
  ]

  /// The palette number (0–255), or nil for the terminal default.
  public var paletteIndex: Int? {
    switch self {
    case .default:
      return nil
    case .indexed(let index):
      return Int(index)
    default:
      return Color.named.firstIndex { $0.color == self }
    }
  }

  /// The colour by its theme-file name (`"red"`, `"bright-red"`, `"default"`), ignoring case.
  public init?(name: String) {
    let lower = name.lowercased()
    if lower == "default" {
      self = .default
      return
    }
    guard let match = Color.named.first(where: { $0.name == lower }) else {
      return nil
    }
    self = match.color
  }

  /// The theme-file name, or the palette number for an indexed colour.
  public var description: String {
    switch self {
    case .default:
      return "default"
    case .indexed(let index):
      return String(index)
    default:
      return Color.named.first { $0.color == self }?.name ?? "default"
    }
  }

  /// The nearest of the 8 basic colours (or the default), for terminals with 8 colours.
  ///
  /// Bright colours lose their brightness; palette colours go to the basic colour whose
  /// components are at least half as strong as the strongest one; greys go to black or white.
  public var basic: Color {
    guard let index = paletteIndex else {
      return .default
    }
    switch index {
    case 0..<8:
      return Color.named[index].color
    case 8..<16:
      return Color.named[index - 8].color
    case 16..<232:
      return Color.nearestBasic(cube: index - 16)
    default:
      return index < 244 ? .black : .white
    }
  }

  private static func nearestBasic(cube: Int) -> Color {
    let components = [cube / 36, cube / 6 % 6, cube % 6]
    let strongest = components.max() ?? 0
    guard strongest > 0 else {
      return .black
    }

    var index = 0
    for (bit, component) in components.enumerated() where component * 2 > strongest {
      index |= 1 << bit
    }
    return named[index].color
  }
}
