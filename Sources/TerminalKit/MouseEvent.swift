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
