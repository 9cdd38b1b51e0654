/// An in-memory screen: a grid of cells that views draw into and a backend shows.
///
/// Drawing is clipped to the buffer (and to an optional rectangle), so views never need to
/// check bounds. Two buffers can be compared with `diff(from:)`, so a backend repaints only
/// the cells that changed.
public struct CellBuffer: Hashable, Sendable {
  /// The number of columns and rows.
  public let size: Size

  /// Where the terminal cursor should be shown, or nil to hide it.
  public var cursor: Point?

  private var cells: [Cell]

  /// Creates a buffer of `size` filled with `cell`.
  public init(size: Size, filledWith cell: Cell = .blank) {
    self.size = size
    self.cells = Array(repeating: cell, count: size.width * size.height)
  }

  /// The whole buffer as a rectangle at the origin.
  public var bounds: Rect { Rect(size: size) }

  /// The cell at `point`, or nil outside the buffer.
  public func cell(at point: Point) -> Cell? {
    guard bounds.contains(point) else {
      return nil
    }
    return cells[index(point.x, point.y)]
  }

  /// The cells of row `y` (empty outside the buffer).
  public func row(_ y: Int) -> ArraySlice<Cell> {
    guard y >= 0, y < size.height else {
      return []
    }
    let start = y * size.width
    return cells[start..<start + size.width]
  }

  /// Row `y` as plain text, full width, wide characters once (for snapshot tests).
  public func rowText(_ y: Int) -> String {
    var text = ""
    for cell in row(y) where !cell.isContinuation {
      text.append(cell.character)
    }
    return text
  }

  /// All rows as text joined by newlines, each without its trailing spaces.
  public func text() -> String {
    (0..<size.height).map { y in
      var line = rowText(y)
      while line.last == " " {
        line.removeLast()
      }
      return line
    }.joined(separator: "\n")
  }

  // MARK: - Writing

  /// Writes `text` starting at `point`, clipped to `clip` (default: the whole buffer).
  ///
  /// Control and lone zero-width characters are skipped. A wide character cut by the clip
  /// edge leaves a space. Returns the column just after the text, as if nothing were clipped,
  /// so calls can be chained.
  @discardableResult
  public mutating func write(
    _ text: String, at point: Point, role: Role = .normal, attributes: Attributes = [],
    clip: Rect? = nil
  ) -> Int {
    let area = (clip ?? bounds).intersection(bounds)
    guard point.y >= area.y, point.y < area.maxY else {
      return point.x + TextWidth.width(of: text)
    }

    var x = point.x
    for character in text {
      let width = TextWidth.width(of: character)
      if width > 0 {
        put(
          character, width: width, x: x, y: point.y, role: role,
          attributes: attributes, area: area)
      }
      x += width
    }
    return x
  }

  /// Writes styled spans one after another from `point`, clipped like `write(_:at:)`.
  @discardableResult
  public mutating func write(_ spans: [TextSpan], at point: Point, clip: Rect? = nil) -> Int {
    var x = point.x
    for span in spans {
      x = write(
        span.text, at: Point(x: x, y: point.y), role: span.role,
        attributes: span.attributes, clip: clip)
    }
    return x
  }

  /// Fills `rect` with `character` (one column wide; anything else fills with spaces).
  public mutating func fill(
    _ rect: Rect, with character: Character = " ", role: Role = .normal,
    attributes: Attributes = []
  ) {
    let area = rect.intersection(bounds)
    let glyph: Character = TextWidth.width(of: character) == 1 ? character : " "
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        put(glyph, width: 1, x: x, y: y, role: role, attributes: attributes, area: area)
      }
    }
  }

  /// Blanks the whole buffer in `role` and hides the cursor.
  public mutating func clear(role: Role = .normal) {
    cells = Array(repeating: Cell(" ", role: role), count: cells.count)
    cursor = nil
  }

  /// Sets a single cell; a wide character also takes the cell to its right.
  public mutating func set(_ cell: Cell, at point: Point) {
    let width = TextWidth.width(of: cell.character)
    guard !cell.isContinuation, width > 0 else {
      return
    }
    put(
      cell.character, width: width, x: point.x, y: point.y, role: cell.role,
      attributes: cell.attributes, area: bounds)
  }

  // MARK: - Cell storage

  private func index(_ x: Int, _ y: Int) -> Int {
    y * size.width + x
  }

  private mutating func put(
    _ character: Character, width: Int, x: Int, y: Int, role: Role,
    attributes: Attributes, area: Rect
  ) {
    let lastX = x + width - 1
    guard lastX >= area.x, x < area.maxX else {
      return
    }

    guard x >= area.x, lastX < area.maxX else {
      let visibleX = max(x, area.x)
      put(" ", width: 1, x: visibleX, y: y, role: role, attributes: attributes, area: area)
      return
    }

    for column in x...lastX {
      splitWideCharacter(at: column, y: y)
    }
    cells[index(x, y)] = Cell(character, role: role, attributes: attributes)
    if width == 2 {
      cells[index(x + 1, y)] = .continuation(role: role, attributes: attributes)
    }
  }

  /// Turns a wide character overlapping column `x` into spaces, so no half is left behind.
  private mutating func splitWideCharacter(at x: Int, y: Int) {
    let here = cells[index(x, y)]
    if here.isContinuation, x > 0 {
      blank(x - 1, y)
      blank(x, y)
    } else if here.width == 2, x + 1 < size.width {
      blank(x, y)
      blank(x + 1, y)
    }
  }

  private mutating func blank(_ x: Int, _ y: Int) {
    let old = cells[index(x, y)]
    cells[index(x, y)] = Cell(" ", role: old.role, attributes: old.attributes)
  }
}
