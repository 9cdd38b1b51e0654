/// A one-line bar of key hints, like `q quit  / search  ? help`.
///
/// `hints` are listed from the left in priority order and dropped from the end when the
/// line is too narrow, leaving `…` to show that more exist; `trailing` hints are
/// right-aligned and kept as long as they fit at all.
public struct Footer: Hashable, Sendable {
  /// The hints on the left, most important first.
  public var hints: [KeyHint]

  /// The hints on the right, such as `? help`.
  public var trailing: [KeyHint]

  /// The spaces between two hints.
  public static let gap = "  "

  /// Creates a footer.
  public init(hints: [KeyHint], trailing: [KeyHint] = []) {
    self.hints = hints
    self.trailing = trailing
  }

  /// Draws the footer on the first row of `rect`.
  public func draw(in rect: Rect, on buffer: inout CellBuffer) {
    guard !rect.isEmpty else {
      return
    }

    let line = Rect(origin: rect.origin, size: Size(width: rect.width, height: 1))
    buffer.fill(line, role: .footer)

    var room = line.width
    let right = Self.join(trailing)
    if right.width <= room, !right.isEmpty {
      buffer.write(right, at: Point(x: line.maxX - right.width, y: line.y), clip: line)
      room -= right.width + Self.gap.count
    }

    let left = leftSpans(room: room)
    buffer.write(left, at: line.origin, clip: line)
  }

  /// The left hints that fit in `room` columns, with `…` when some were dropped.
  private func leftSpans(room: Int) -> [TextSpan] {
    guard room > 0 else {
      return []
    }

    var kept: [KeyHint] = []
    for hint in hints {
      let candidate = Self.join(kept + [hint])
      let marker = kept.count + 1 < hints.count ? Self.gap.count + 1 : 0
      guard candidate.width + marker <= room else {
        break
      }
      kept.append(hint)
    }

    if kept.isEmpty, let first = hints.first {
      return first.spans.truncated(to: room)
    }
    var spans = Self.join(kept)
    if kept.count < hints.count {
      spans.append(TextSpan(Self.gap + "…", role: .muted))
    }
    return spans
  }

  private static func join(_ hints: [KeyHint]) -> [TextSpan] {
    var spans: [TextSpan] = []
    for (index, hint) in hints.enumerated() {
      if index > 0 {
        spans.append(TextSpan(gap, role: .footer))
      }
      spans += hint.spans
    }
    return spans
  }
}
