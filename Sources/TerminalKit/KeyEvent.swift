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

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    /// The main button was clicked.
    case click
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down (towards the user).
    case wheelDown
  }

  /// What the mouse did.
  public var kind: Kind

  /// The cell under the pointer: `x` is the column, `y` the row.
  public var position: Point

  /// Creates a mouse event.
  public init(_ kind: Kind, at position: Point) {
    self.kind = kind
    self.position = position
  }

  /// The row under the pointer.
  public var row: Int { position.y }

  /// The column under the pointer.
  public var column: Int { position.x }
}
