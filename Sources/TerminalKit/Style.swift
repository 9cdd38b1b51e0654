/// How one role looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
  /// The text colour.
  public var foreground: Color

  /// The cell background colour.
  public var background: Color

  /// Bold, reverse, underline, dim.
  public var attributes: Attributes

  /// Creates a style; everything defaults to the terminal's own look.
  public init(
    foreground: Color = .default, background: Color = .default, attributes: Attributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's own colours without attributes.
  public static let plain = Style()
}
