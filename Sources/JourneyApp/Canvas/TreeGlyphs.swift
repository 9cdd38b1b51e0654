/// The characters the canvas draws its tree with, Unicode or ASCII.
struct TreeGlyphs: Hashable, Sendable {
  /// A branch that has more branches below it.
  let tee: String
  /// The last branch.
  let elbow: String
  /// A line continuing down past a branch.
  let pipe: String
  /// No line.
  let blank: String
  /// Between a branch label and its first step.
  let arrow: String

  /// Box-drawing lines: `├─ `, `└─ `, `│  `.
  static let unicode = TreeGlyphs(
    tee: "├─ ", elbow: "└─ ", pipe: "│  ", blank: "   ", arrow: "→")

  /// ASCII lines: `|- `, `` `- ``, `|  `.
  static let ascii = TreeGlyphs(tee: "|- ", elbow: "`- ", pipe: "|  ", blank: "   ", arrow: "->")

  /// The glyphs for the display mode.
  static func forMode(ascii: Bool) -> TreeGlyphs { ascii ? .ascii : .unicode }
}
