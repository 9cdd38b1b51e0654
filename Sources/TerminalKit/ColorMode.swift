/// How many colours the terminal can show, deciding how a theme is adapted.
public enum ColorMode: Hashable, Sendable {
  /// 256 colours or more: themes are shown as written.
  case full
  /// 8 colours: bright and palette colours are mapped to the nearest basic colour.
  case basic8
  /// No colour (no colour support, or `NO_COLOR` set): attributes only.
  case monochrome

  /// The mode for a terminal with `colors` colours, honouring the `NO_COLOR` convention.
  ///
  /// `NO_COLOR` counts only when set to a non-empty value.
  public static func detect(hasColors: Bool, colors: Int, environment: [String: String])
    -> ColorMode
  {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
      return .monochrome
    }
    guard hasColors, colors >= 8 else {
      return .monochrome
    }
    return colors >= 256 ? .full : .basic8
  }
}
