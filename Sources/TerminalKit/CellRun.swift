/// A horizontal run of cells on one row, as produced by `CellBuffer.diff(from:)`.
public struct CellRun: Hashable, Sendable {
  /// The position of the first cell.
  public var origin: Point

  /// The cells, left to right; a wide character comes with its continuation cell.
  public var cells: [Cell]

  /// Creates a run of `cells` starting at `origin`.
  public init(origin: Point, cells: [Cell]) {
    self.origin = origin
    self.cells = cells
  }

  /// The run's characters as text, wide characters once.
  public var text: String {
    String(cells.filter { !$0.isContinuation }.map(\.character))
  }
}
