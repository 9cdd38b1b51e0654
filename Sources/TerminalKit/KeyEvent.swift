/// Something the terminal reported: a key, a new size, a mouse action, or an unknown code.
public enum KeyEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// The terminal now has this size; lay out and redraw everything.
  case resize(Size)
  /// A mouse action (only when the mouse is enabled).
  case mouse(MouseEvent)
  /// A key code the terminal sent that maps to no `Key`.
  case unknown(Int)

  /// The key, when the event is a key press.
  public var key: Key? {
    if case .key(let key) = self {
      return key
    }
    return nil
  }
}
