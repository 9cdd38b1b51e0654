/// A one-line status bar: a flash message (or left-hand spans) and right-aligned spans.
///
/// The right-hand side (a clock, a mode, a counter) is drawn first and keeps its place; the
/// message gets the rest of the line and is cut with an ellipsis when too long.
public struct StatusLine: Hashable, Sendable {
  /// Shown on the left when there is no message.
  public var left: [TextSpan]

  /// Shown right-aligned.
  public var right: [TextSpan]

  /// The current message, shown instead of `left`.
  public var message: FlashMessage?

  /// Use ASCII markers (`x`, `!`, `+`) instead of `✗`, `!`, `✓`.
  public var ascii: Bool

  /// Creates a status line.
  public init(
    left: [TextSpan] = [], right: [TextSpan] = [], message: FlashMessage? = nil,
    ascii: Bool = false
  ) {
    self.left = left
    self.right = right
    self.message = message
    self.ascii = ascii
  }

  /// Draws the status line on the first row of `rect`.
  public func draw(in rect: Rect, on buffer: inout CellBuffer) {
    guard !rect.isEmpty else {
      return
    }

    let line = Rect(origin: rect.origin, size: Size(width: rect.width, height: 1))
    buffer.fill(line)

    var room = line.width
    if !right.isEmpty, right.width < room {
      buffer.write(right, at: Point(x: line.maxX - right.width, y: line.y), clip: line)
      room -= right.width + 1
    }

    let main = message?.spans(ascii: ascii) ?? left
    buffer.write(main.truncated(to: room), at: line.origin, clip: line)
  }
}
