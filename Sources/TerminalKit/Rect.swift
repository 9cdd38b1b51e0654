/// A rectangle of cells: an origin (top-left) and a size.
///
/// Layout code splits the screen into rectangles: `splitTop`, `splitLeft` and friends cut a
/// band off one side and return both parts, and every helper clamps instead of going negative,
/// so a layout on a tiny terminal yields empty rectangles rather than a crash.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  /// The top-left cell.
  public var origin: Point

  /// The width and height.
  public var size: Size

  /// Creates a rectangle from its top-left cell and size.
  public init(origin: Point, size: Size) {
    self.origin = origin
    self.size = size
  }

  /// Creates a rectangle from coordinates; negative sizes are clamped to zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
  }

  /// A rectangle at the origin covering `size`.
  public init(size: Size) {
    self.init(origin: .zero, size: size)
  }

  /// The left column.
  public var x: Int { origin.x }

  /// The top row.
  public var y: Int { origin.y }

  /// The number of columns.
  public var width: Int { size.width }

  /// The number of rows.
  public var height: Int { size.height }

  /// The column just right of the rectangle.
  public var maxX: Int { x + width }

  /// The row just below the rectangle.
  public var maxY: Int { y + height }

  /// True when the rectangle holds no cell.
  public var isEmpty: Bool { size.isEmpty }

  /// True when `point` lies inside the rectangle.
  public func contains(_ point: Point) -> Bool {
    point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
  }

  /// The cells both rectangles cover (empty, at this origin, when they do not overlap).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    guard right > left, bottom > top else {
      return Rect(origin: origin, size: .zero)
    }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    inset(top: amount, left: amount, bottom: amount, right: amount)
  }

  /// The rectangle shrunk by the given number of cells on each side.
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    let newX = x + min(left, width)
    let newY = y + min(top, height)
    return Rect(
      x: newX, y: newY,
      width: width - left - right,
      height: height - top - bottom)
  }

  /// Cuts `rows` rows off the top: the band and what remains below it.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let cut = min(max(rows, 0), height)
    let top = Rect(x: x, y: y, width: width, height: cut)
    let rest = Rect(x: x, y: y + cut, width: width, height: height - cut)
    return (top, rest)
  }

  /// Cuts `rows` rows off the bottom: the band and what remains above it.
  public func splitBottom(_ rows: Int) -> (bottom: Rect, rest: Rect) {
    let cut = min(max(rows, 0), height)
    let rest = Rect(x: x, y: y, width: width, height: height - cut)
    let bottom = Rect(x: x, y: y + height - cut, width: width, height: cut)
    return (bottom, rest)
  }

  /// Cuts `columns` columns off the left: the band and what remains right of it.
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let cut = min(max(columns, 0), width)
    let left = Rect(x: x, y: y, width: cut, height: height)
    let rest = Rect(x: x + cut, y: y, width: width - cut, height: height)
    return (left, rest)
  }

  /// Cuts `columns` columns off the right: the band and what remains left of it.
  public func splitRight(_ columns: Int) -> (right: Rect, rest: Rect) {
    let cut = min(max(columns, 0), width)
    let rest = Rect(x: x, y: y, width: width - cut, height: height)
    let right = Rect(x: x + width - cut, y: y, width: cut, height: height)
    return (right, rest)
  }

  /// Splits the width into columns in proportion to `weights` (all positive), left to right.
  ///
  /// Rounding leftovers go to the last column, so the parts always cover the rectangle.
  public func columns(weights: [Int]) -> [Rect] {
    let parts = Rect.divide(width, weights: weights)
    var left = x
    return parts.map { part in
      defer { left += part }
      return Rect(x: left, y: y, width: part, height: height)
    }
  }

  /// Splits the height into rows in proportion to `weights` (all positive), top to bottom.
  public func rows(weights: [Int]) -> [Rect] {
    let parts = Rect.divide(height, weights: weights)
    var top = y
    return parts.map { part in
      defer { top += part }
      return Rect(x: x, y: top, width: width, height: part)
    }
  }

  /// A rectangle of `size` (clamped to this one) centred inside this one.
  public func centered(_ size: Size) -> Rect {
    let fitted = Size(width: min(size.width, width), height: min(size.height, height))
    return Rect(
      x: x + (width - fitted.width) / 2,
      y: y + (height - fitted.height) / 2,
      width: fitted.width,
      height: fitted.height)
  }

  /// The rectangle as `WxH at (x, y)`.
  public var description: String { "\(size) at \(origin)" }

  private static func divide(_ total: Int, weights: [Int]) -> [Int] {
    let clean = weights.map { max($0, 0) }
    let sum = clean.reduce(0, +)
    guard sum > 0 else {
      return clean.map { _ in 0 }
    }

    var parts = clean.map { total * $0 / sum }
    if let last = parts.indices.last {
      parts[last] += total - parts.reduce(0, +)
    }
    return parts
  }
}
