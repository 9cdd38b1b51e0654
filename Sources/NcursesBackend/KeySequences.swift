@preconcurrency import CNcursesw

/// Escape sequences terminals send for keypad keys, taught to curses when the terminfo
/// entry lacks them.
///
/// Terminals and multiplexers often send the other cursor mode's arrows or the VT220 forms
/// of Home and End (tmux sends `ESC [1~` for Home under any `TERM`); without these, such keys
/// would arrive as Esc followed by loose characters.
enum KeySequences {
  /// The extra sequences, after the escape character, and the curses key each one means.
  static var alternates: [(sequence: String, key: Int32)] {
    [
      ("[A", KEY_UP), ("[B", KEY_DOWN), ("[C", KEY_RIGHT), ("[D", KEY_LEFT),
      ("OA", KEY_UP), ("OB", KEY_DOWN), ("OC", KEY_RIGHT), ("OD", KEY_LEFT),
      ("[H", KEY_HOME), ("OH", KEY_HOME), ("[1~", KEY_HOME), ("[7~", KEY_HOME),
      ("[F", KEY_END), ("OF", KEY_END), ("[4~", KEY_END), ("[8~", KEY_END),
      ("[2~", KEY_IC), ("[3~", KEY_DC), ("[5~", KEY_PPAGE), ("[6~", KEY_NPAGE),
      ("[Z", KEY_BTAB),
      ("OP", cnw_key_f(1)), ("OQ", cnw_key_f(2)), ("OR", cnw_key_f(3)), ("OS", cnw_key_f(4)),
      ("[11~", cnw_key_f(1)), ("[12~", cnw_key_f(2)), ("[13~", cnw_key_f(3)),
      ("[14~", cnw_key_f(4)), ("[15~", cnw_key_f(5)), ("[17~", cnw_key_f(6)),
      ("[18~", cnw_key_f(7)), ("[19~", cnw_key_f(8)), ("[20~", cnw_key_f(9)),
      ("[21~", cnw_key_f(10)), ("[23~", cnw_key_f(11)), ("[24~", cnw_key_f(12)),
    ]
  }

  /// Defines every alternate that the terminfo entry does not already bind.
  static func install() {
    for (sequence, key) in alternates {
      let full = "\u{1B}" + sequence
      if key_defined(full) == 0 {
        _ = define_key(full, key)
      }
    }
  }
}
