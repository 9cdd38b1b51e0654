/// The characters used to draw boxes and lines.
public struct BoxStyle: Hashable, Sendable {
  /// The horizontal line.
  public var horizontal: Character
  /// The vertical line.
  public var vertical: Character
  /// The top-left corner.
  public var topLeft: Character
  /// The top-right corner.
  public var topRight: Character
  /// The bottom-left corner.
  public var bottomLeft: Character
  /// The bottom-right corner.
  public var bottomRight: Character
  /// Where a horizontal line meets the left border.
  public var leftTee: Character
  /// Where a horizontal line meets the right border.
  public var rightTee: Character

  /// Creates a style from its eight characters (each must be one column wide).
  public init(
    horizontal: Character, vertical: Character,
    topLeft: Character, topRight: Character,
    bottomLeft: Character, bottomRight: Character,
    leftTee: Character, rightTee: Character
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.leftTee = leftTee
    self.rightTee = rightTee
  }

  /// Unicode light box drawing: `┌─┐│└┘├┤`.
  public static let unicode = BoxStyle(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
    bottomLeft: "└", bottomRight: "┘", leftTee: "├", rightTee: "┤")

  /// Plain ASCII for terminals or fonts without box drawing: `+-+|++++`.
  public static let ascii = BoxStyle(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
    bottomLeft: "+", bottomRight: "+", leftTee: "+", rightTee: "+")
}
