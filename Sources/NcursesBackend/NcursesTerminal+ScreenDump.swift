@preconcurrency import CNcursesw
import TerminalKit

extension NcursesTerminal {
  /// What curses holds for row `y`, as text with wide characters once (for tests).
  func screenRow(_ y: Int) -> String {
    var wide = [wchar_t](repeating: 0, count: size.width + 1)
    let count = mvinnwstr(Int32(y), 0, &wide, Int32(size.width))
    guard count > 0 else {
      return ""
    }
    let scalars = wide.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    return String(String.UnicodeScalarView(scalars))
  }

  /// The character, attributes and colour pair curses holds at `point` (for tests).
  func screenCell(at point: Point) -> (text: String, attributes: Attributes, pair: Int16)? {
    var character = cchar_t()
    guard mvin_wch(Int32(point.y), Int32(point.x), &character) != ERR else {
      return nil
    }

    var wide = [wchar_t](repeating: 0, count: 8)
    var bits: attr_t = 0
    var pair: Int16 = 0
    guard getcchar(&character, &wide, &bits, &pair, nil) != ERR else {
      return nil
    }
    let scalars = wide.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
    let text = String(String.UnicodeScalarView(scalars))
    return (text, ColorPalette.attributes(from: bits), pair)
  }

  /// Writes `text` straight to curses, bypassing `present` (for tests of partial repaint).
  func scribble(_ text: String, at point: Point) {
    var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    wide.append(0)
    _ = mvaddwstr(Int32(point.y), Int32(point.x), wide)
    _ = refresh()
  }
}
