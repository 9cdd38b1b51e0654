extension CellBuffer {
  /// Draws a box along the edges of `rect`, with an optional title in the top border.
  ///
  /// The title is shown as `┌ Title ──┐`, truncated with an ellipsis when the box is narrow,
  /// and left out when there is no room. Boxes smaller than 2x2 are not drawn.
  public mutating func drawBox(
    _ rect: Rect, style: BoxStyle = .unicode, role: Role = .border, title: String? = nil,
    titleRole: Role = .title
  ) {
    guard rect.width >= 2, rect.height >= 2 else {
      return
    }

    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    drawHorizontalLine(row: rect.y, from: rect.x + 1, to: right - 1, style: style, role: role)
    drawHorizontalLine(row: bottom, from: rect.x + 1, to: right - 1, style: style, role: role)
    drawVerticalLine(column: rect.x, from: rect.y + 1, to: bottom - 1, style: style, role: role)
    drawVerticalLine(column: right, from: rect.y + 1, to: bottom - 1, style: style, role: role)

    let corners: [(Character, Int, Int)] = [
      (style.topLeft, rect.x, rect.y), (style.topRight, right, rect.y),
      (style.bottomLeft, rect.x, bottom), (style.bottomRight, right, bottom),
    ]
    for (glyph, x, y) in corners {
      write(String(glyph), at: Point(x: x, y: y), role: role)
    }

    if let title, rect.width >= 5 {
      let shown = TextWidth.truncate(title, to: rect.width - 4)
      write(" \(shown) ", at: Point(x: rect.x + 1, y: rect.y), role: titleRole)
    }
  }

  /// Draws a horizontal line on `row` from column `from` through column `to`.
  public mutating func drawHorizontalLine(
    row: Int, from: Int, to: Int, style: BoxStyle = .unicode, role: Role = .border
  ) {
    guard to >= from else {
      return
    }
    let line = String(repeating: style.horizontal, count: to - from + 1)
    write(line, at: Point(x: from, y: row), role: role)
  }

  /// Draws a vertical line in `column` from row `from` through row `to`.
  public mutating func drawVerticalLine(
    column: Int, from: Int, to: Int, style: BoxStyle = .unicode, role: Role = .border
  ) {
    guard to >= from else {
      return
    }
    for y in from...to {
      write(String(style.vertical), at: Point(x: column, y: y), role: role)
    }
  }

  /// Draws a separator across a box drawn on `rect`, at `row`, joined to its sides: `├──┤`.
  public mutating func drawSeparator(
    in rect: Rect, row: Int, style: BoxStyle = .unicode, role: Role = .border
  ) {
    guard rect.width >= 2 else {
      return
    }
    drawHorizontalLine(row: row, from: rect.x + 1, to: rect.maxX - 2, style: style, role: role)
    write(String(style.leftTee), at: Point(x: rect.x, y: row), role: role)
    write(String(style.rightTee), at: Point(x: rect.maxX - 1, y: row), role: role)
  }
}
