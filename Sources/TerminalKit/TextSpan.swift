/// A run of text drawn in one role, the unit of styled lines.
public struct TextSpan: Hashable, Sendable {
  /// The text; control characters are skipped when drawn.
  public var text: String

  /// What the text means.
  public var role: Role

  /// Attributes added on top of the role's own.
  public var attributes: Attributes

  /// Creates a span of `text` in `role`.
  public init(_ text: String, role: Role = .normal, attributes: Attributes = []) {
    self.text = text
    self.role = role
    self.attributes = attributes
  }

  /// The columns the text takes.
  public var width: Int { TextWidth.width(of: text) }
}

extension [TextSpan] {
  /// The columns all spans take together.
  public var width: Int { reduce(0) { $0 + $1.width } }

  /// The spans cut to at most `columns`, the last kept span ending in `ellipsis` when cut.
  public func truncated(to columns: Int, ellipsis: String = "…") -> [TextSpan] {
    guard width > columns else {
      return self
    }

    let ellipsisWidth = TextWidth.width(of: ellipsis)
    var result: [TextSpan] = []
    var used = 0
    for span in self {
      let room = columns - used
      if span.width + ellipsisWidth > room {
        var last = span
        last.text = TextWidth.truncate(span.text + ellipsis, to: room, ellipsis: ellipsis)
        result.append(last)
        break
      }
      result.append(span)
      used += span.width
    }
    return result
  }
}
