/// A cell position on the screen: `x` is the column, `y` the row, both from zero.
public struct Point: Hashable, Sendable, CustomStringConvertible {
  /// The column, counted from zero at the left edge.
  public var x: Int

  /// The row, counted from zero at the top edge.
  public var y: Int

  /// Creates a point at column `x` and row `y`.
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }

  /// The top-left corner.
  public static let zero = Point(x: 0, y: 0)

  /// The point moved by `dx` columns and `dy` rows.
  public func offset(dx: Int = 0, dy: Int = 0) -> Point {
    Point(x: x + dx, y: y + dy)
  }

  /// The point as `(x, y)`.
  public var description: String { "(\(x), \(y))" }
}
