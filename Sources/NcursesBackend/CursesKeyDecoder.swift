@preconcurrency import CNcursesw
import TerminalKit

/// Turns what `wget_wch` returns into key events.
///
/// In raw mode control keys arrive as plain characters (Ctrl-C is 3, Ctrl-Z is 26), and the
/// Enter, Tab, Backspace and Esc keys as their ASCII codes; keypad keys arrive as curses key
/// codes.
enum CursesKeyDecoder {
  /// The event for a character code (`wget_wch` returned `OK`).
  static func character(_ code: UInt32) -> KeyEvent {
    switch code {
    case 9:
      return .key(.tab)
    case 10, 13:
      return .key(.enter)
    case 8, 127:
      return .key(.backspace)
    case 27:
      return .key(.escape)
    case 1...26:
      let letter = Character(Unicode.Scalar(UInt8(96 + code)))
      return .key(.ctrl(letter))
    default:
      guard let scalar = Unicode.Scalar(code), TextWidth.width(of: scalar) > 0 else {
        return .unknown(Int(code))
      }
      return .key(.character(Character(scalar)))
    }
  }

  /// The key for a curses key code (`wget_wch` returned `KEY_CODE_YES`), if it maps to one.
  static func functionKey(_ code: Int32) -> Key? {
    if let key = namedKeys[code] {
      return key
    }
    let number = Int(code) - Int(cnw_key_f(0))
    return (1...63).contains(number) ? .function(number) : nil
  }

  private static let namedKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
    KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert, KEY_BTAB: .backTab,
    KEY_ENTER: .enter,
  ]
}
