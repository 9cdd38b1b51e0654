import TerminalKit

/// How the application starts: drawing, input, theme and key remaps, merged from the
/// command line and the user's config.
public struct AppSettings: Sendable {
  /// Draws with ASCII characters.
  public var ascii: Bool
  /// Selects rows with mouse clicks.
  public var mouse: Bool
  /// The theme's name, shown by `:theme` without an argument.
  public var themeName: String
  /// Actions whose keys the user changed; an empty list unbinds.
  public var keyRemaps: [Action: [Key]]
  /// Problems found while reading the config and theme, shown in the flash line at start.
  public var startupWarnings: [String]

  /// Creates settings.
  public init(
    ascii: Bool = false, mouse: Bool = false, themeName: String = "default",
    keyRemaps: [Action: [Key]] = [:], startupWarnings: [String] = []
  ) {
    self.ascii = ascii
    self.mouse = mouse
    self.themeName = themeName
    self.keyRemaps = keyRemaps
    self.startupWarnings = startupWarnings
  }
}
