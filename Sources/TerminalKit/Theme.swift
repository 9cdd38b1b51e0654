/// Maps every `Role` to a `Style`.
///
/// Four themes are built in (`default` for dark terminals, `light`, `high-contrast`, `mono`);
/// theme files override some roles of a base theme (see `Theme.load(from:over:)`).
public struct Theme: Hashable, Sendable {
  /// The theme's name, such as `"default"` or the file name of a loaded theme.
  public var name: String

  private var styles: [Role: Style]

  /// Creates a theme; roles missing from `styles` get the plain style.
  public init(name: String, styles: [Role: Style]) {
    self.name = name
    self.styles = Dictionary(
      uniqueKeysWithValues: Role.allCases.map { ($0, styles[$0] ?? .plain) })
  }

  /// The style of `role`.
  public subscript(role: Role) -> Style {
    get { styles[role] ?? .plain }
    set { styles[role] = newValue }
  }

  /// The theme as a terminal with `mode` can show it.
  ///
  /// With 8 colours every colour is mapped to its nearest basic colour. Without colour the
  /// built-in `mono` styles are used for every role, because the chosen theme's colour
  /// distinctions cannot be shown and attributes must carry them instead.
  public func adapted(to mode: ColorMode) -> Theme {
    switch mode {
    case .full:
      return self
    case .basic8:
      var reduced = self
      for role in Role.allCases {
        reduced[role].foreground = self[role].foreground.basic
        reduced[role].background = self[role].background.basic
      }
      return reduced
    case .monochrome:
      var mono = Theme.mono
      mono.name = name
      return mono
    }
  }
}
