/// A size in cells: `width` columns by `height` rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// The number of columns.
  public var width: Int

  /// The number of rows.
  public var height: Int

  /// Creates a size; negative values are clamped to zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// A size without any cells.
  public static let zero = Size(width: 0, height: 0)

  /// True when the size holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// True when this size is at least `other` in both directions.
  public func fits(_ other: Size) -> Bool {
    width >= other.width && height >= other.height
  }

  /// The size as `WxH`, for example `80x24`.
  public var description: String { "\(width)x\(height)" }
}
