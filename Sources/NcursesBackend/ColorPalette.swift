@preconcurrency import CNcursesw
import TerminalKit

/// The curses colour pairs and attributes for each role of a theme.
///
/// Pair numbers are the role's position in `Role.allCases` plus one; pair 0 (the terminal's
/// own colours) is used in monochrome mode.
struct ColorPalette {
  /// The theme as adapted to the colour mode.
  let theme: Theme

  /// How many colours are used.
  let mode: ColorMode

  private let pairs: [Role: Int16]

  /// Adapts `theme` to `mode`; call `install()` to define the pairs in curses.
  init(theme: Theme, mode: ColorMode) {
    self.theme = theme.adapted(to: mode)
    self.mode = mode
    var pairs: [Role: Int16] = [:]
    for (index, role) in Role.allCases.enumerated() {
      pairs[role] = mode == .monochrome ? 0 : Int16(index + 1)
    }
    self.pairs = pairs
  }

  /// Defines one colour pair per role; `defaultColors` tells whether the terminal's own
  /// colours can be used (otherwise white on black stands in for them).
  func install(defaultColors: Bool) {
    guard mode != .monochrome else {
      return
    }
    for role in Role.allCases {
      let style = theme[role]
      let foreground = Self.number(style.foreground, fallback: COLOR_WHITE, defaultColors)
      let background = Self.number(style.background, fallback: COLOR_BLACK, defaultColors)
      _ = init_pair(pair(for: role), foreground, background)
    }
  }

  /// The colour pair of `role`.
  func pair(for role: Role) -> Int16 {
    pairs[role] ?? 0
  }

  /// The curses attributes of `role` plus `extra`.
  func attributes(for role: Role, adding extra: Attributes) -> attr_t {
    Self.cursesAttributes(theme[role].attributes.union(extra))
  }

  /// Curses attribute bits for `attributes`.
  static func cursesAttributes(_ attributes: Attributes) -> attr_t {
    var bits = cnw_attr_normal()
    for (flag, bit) in attributeBits where attributes.contains(flag) {
      bits |= bit
    }
    return bits
  }

  /// `Attributes` for curses attribute bits (the inverse of `cursesAttributes`).
  static func attributes(from bits: attr_t) -> Attributes {
    var result: Attributes = []
    for (flag, bit) in attributeBits where bits & bit != 0 {
      result.insert(flag)
    }
    return result
  }

  private static var attributeBits: [(Attributes, attr_t)] {
    [
      (.bold, cnw_attr_bold()), (.reverse, cnw_attr_reverse()),
      (.underline, cnw_attr_underline()), (.dim, cnw_attr_dim()),
    ]
  }

  private static func number(_ color: Color, fallback: Int32, _ defaultColors: Bool) -> Int16 {
    guard let index = color.paletteIndex else {
      return Int16(defaultColors ? -1 : fallback)
    }
    return Int16(index)
  }
}
