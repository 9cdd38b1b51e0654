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
