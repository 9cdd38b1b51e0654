/// A scrollable list with one selected row that is always kept in view.
///
/// The list stores the selection and the scroll offset; movement takes the number of
/// visible rows so it can scroll like a pager. Drawing is a pure function of that state.
public struct ListView: Hashable, Sendable {
  /// One row of the list: styled spans on a single line.
  public struct Row: Hashable, Sendable {
    /// The row's content, left to right.
    public var spans: [TextSpan]

    /// A row of plain text in `role`.
    public init(_ text: String, role: Role = .normal) {
      self.spans = [TextSpan(text, role: role)]
    }

    /// A row made of styled spans.
    public init(spans: [TextSpan]) {
      self.spans = spans
    }
  }

  /// The rows; changing them keeps the selection on a valid row.
  public var rows: [Row] {
    didSet { selection = Self.clamp(selection, count: rows.count) }
  }

  /// The selected row index, or nil when the list is empty.
  public private(set) var selection: Int?

  /// The first row shown, as last scrolled to.
  public private(set) var offset = 0

  /// Text shown in the muted role when there are no rows.
  public var emptyText: String

  /// Creates a list with `selection` (clamped to the rows) selected.
  public init(rows: [Row] = [], selection: Int = 0, emptyText: String = "") {
    self.rows = rows
    self.selection = Self.clamp(selection, count: rows.count)
    self.emptyText = emptyText
  }

  // MARK: - Movement

  /// Selects row `index` (clamped) and scrolls so it is among `visibleRows` rows.
  public mutating func select(_ index: Int, visibleRows: Int) {
    selection = Self.clamp(index, count: rows.count)
    offset = visibleOffset(height: visibleRows)
  }

  /// Moves the selection by `delta` rows (negative is up), stopping at the ends.
  public mutating func moveSelection(by delta: Int, visibleRows: Int) {
    select((selection ?? 0) + delta, visibleRows: visibleRows)
  }

  /// Moves one page (the visible height) down.
  public mutating func pageDown(visibleRows: Int) {
    moveSelection(by: max(visibleRows, 1), visibleRows: visibleRows)
  }

  /// Moves one page (the visible height) up.
  public mutating func pageUp(visibleRows: Int) {
    moveSelection(by: -max(visibleRows, 1), visibleRows: visibleRows)
  }

  /// Selects the first row.
  public mutating func selectFirst(visibleRows: Int) {
    select(0, visibleRows: visibleRows)
  }

  /// Selects the last row.
  public mutating func selectLast(visibleRows: Int) {
    select(rows.count - 1, visibleRows: visibleRows)
  }

  /// The first row to show in `height` rows: the stored offset, moved just enough to show
  /// the selection and to leave no blank rows below the last one.
  public func visibleOffset(height: Int) -> Int {
    guard height > 0, let selection else {
      return 0
    }

    var first = min(offset, max(rows.count - height, 0))
    if selection < first {
      first = selection
    } else if selection >= first + height {
      first = selection - height + 1
    }
    return max(first, 0)
  }

  /// The row index drawn at `point` when the list is drawn in `rect`, for mouse clicks.
  public func rowIndex(at point: Point, in rect: Rect) -> Int? {
    guard rect.contains(point) else {
      return nil
    }
    let index = visibleOffset(height: rect.height) + point.y - rect.y
    return index < rows.count ? index : nil
  }

  // MARK: - Drawing

  /// Draws the visible rows into `rect`; the selection uses the selection role when
  /// `focused`, and muted reverse video otherwise. Rows too wide end in an ellipsis.
  public func draw(in rect: Rect, on buffer: inout CellBuffer, focused: Bool = true) {
    guard !rect.isEmpty else {
      return
    }
    guard !rows.isEmpty else {
      let text = TextWidth.truncate(emptyText, to: rect.width)
      buffer.write(text, at: rect.origin, role: .muted, clip: rect)
      return
    }

    let first = visibleOffset(height: rect.height)
    for line in 0..<min(rect.height, rows.count - first) {
      let index = first + line
      let origin = Point(x: rect.x, y: rect.y + line)
      let spans = rows[index].spans.truncated(to: rect.width)
      if index == selection {
        drawSelected(spans, at: origin, width: rect.width, focused: focused, on: &buffer)
      } else {
        buffer.write(spans, at: origin, clip: rect)
      }
    }
  }

  private func drawSelected(
    _ spans: [TextSpan], at origin: Point, width: Int, focused: Bool,
    on buffer: inout CellBuffer
  ) {
    let role: Role = focused ? .selection : .muted
    let extra: Attributes = focused ? [] : .reverse
    let line = Rect(origin: origin, size: Size(width: width, height: 1))
    buffer.fill(line, role: role, attributes: extra)
    let restyled = spans.map {
      TextSpan($0.text, role: role, attributes: $0.attributes.union(extra))
    }
    buffer.write(restyled, at: origin, clip: line)
  }

  private static func clamp(_ index: Int?, count: Int) -> Int? {
    guard count > 0 else {
      return nil
    }
    return min(max(index ?? 0, 0), count - 1)
  }
}
