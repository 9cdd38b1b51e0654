/// One screen cell: a grapheme with its role and extra attributes.
///
/// A wide character (two columns) sits in its lead cell; the cell to its right is a
/// continuation cell that carries no character of its own.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown; a space for blank and continuation cells.
  public var character: Character

  /// What the text means; the theme turns it into colours.
  public var role: Role

  /// Attributes added on top of the role's own.
  public var attributes: Attributes

  /// True for the right half of a wide character.
  public var isContinuation: Bool

  /// Creates a cell showing `character`.
  public init(_ character: Character = " ", role: Role = .normal, attributes: Attributes = []) {
    self.character = character
    self.role = role
    self.attributes = attributes
    self.isContinuation = false
  }

  /// A space in the normal role.
  public static let blank = Cell()

  /// The right half of a wide character drawn with `role` and `attributes`.
  public static func continuation(role: Role, attributes: Attributes) -> Cell {
    var cell = Cell(" ", role: role, attributes: attributes)
    cell.isContinuation = true
    return cell
  }

  /// The columns the cell's character covers: 2 for a wide lead, 0 for a continuation.
  public var width: Int {
    isContinuation ? 0 : TextWidth.width(of: character)
  }
}
