extension Theme {
  /// The built-in themes, in the order they are listed to users.
  public static let builtIn: [Theme] = [.default, .light, .highContrast, .mono]

  /// The built-in theme called `name`, ignoring case.
  public static func builtIn(named name: String) -> Theme? {
    builtIn.first { $0.name == name.lowercased() }
  }

  /// For dark terminals: colour on the terminal's own background.
  public static let `default` = Theme(
    name: "default",
    styles: [
      .normal: Style(),
      .muted: Style(attributes: .dim),
      .selection: Style(foreground: .black, background: .cyan, attributes: .bold),
      .focusBorder: Style(foreground: .brightCyan, attributes: .bold),
      .border: Style(attributes: .dim),
      .title: Style(foreground: .brightWhite, attributes: .bold),
      .error: Style(foreground: .brightRed, attributes: .bold),
      .warning: Style(foreground: .brightYellow),
      .ok: Style(foreground: .brightGreen),
      .keyHint: Style(foreground: .cyan, attributes: .bold),
      .keyLabel: Style(),
      .header: Style(foreground: .brightWhite, background: .blue, attributes: .bold),
      .footer: Style(),
      .flash: Style(foreground: .brightCyan),
      .dirty: Style(foreground: .brightYellow, attributes: .bold),
      .changed: Style(foreground: .black, background: .brightYellow, attributes: .bold),
      .stepStart: Style(foreground: .brightGreen, attributes: .bold),
      .stepWait: Style(foreground: .cyan),
      .stepSegment: Style(foreground: .brightMagenta),
      .stepPauseUntil: Style(foreground: .brightBlue),
      .stepActivate: Style(foreground: .yellow),
      .stepStop: Style(foreground: .brightRed),
      .branchLabel: Style(foreground: .magenta),
      .simActive: Style(foreground: .black, background: .green, attributes: .bold),
      .simCount: Style(foreground: .brightCyan, attributes: .bold),
      .breadcrumb: Style(foreground: .cyan),
      .inputField: Style(
        foreground: .brightWhite, background: .indexed(238), attributes: .underline),
      .dialog: Style(background: .indexed(236)),
    ])

  /// For light terminals: darker colours that read on a white background.
  public static let light = Theme(
    name: "light",
    styles: [
      .normal: Style(),
      .muted: Style(attributes: .dim),
      .selection: Style(foreground: .white, background: .blue, attributes: .bold),
      .focusBorder: Style(foreground: .blue, attributes: .bold),
      .border: Style(attributes: .dim),
      .title: Style(foreground: .black, attributes: .bold),
      .error: Style(foreground: .red, attributes: .bold),
      .warning: Style(foreground: .indexed(130), attributes: .bold),
      .ok: Style(foreground: .green),
      .keyHint: Style(foreground: .blue, attributes: .bold),
      .keyLabel: Style(),
      .header: Style(foreground: .white, background: .blue, attributes: .bold),
      .footer: Style(),
      .flash: Style(foreground: .blue),
      .dirty: Style(foreground: .magenta, attributes: .bold),
      .changed: Style(foreground: .black, background: .yellow, attributes: .bold),
      .stepStart: Style(foreground: .green, attributes: .bold),
      .stepWait: Style(foreground: .indexed(30)),
      .stepSegment: Style(foreground: .magenta),
      .stepPauseUntil: Style(foreground: .blue),
      .stepActivate: Style(foreground: .indexed(130)),
      .stepStop: Style(foreground: .red),
      .branchLabel: Style(foreground: .magenta),
      .simActive: Style(foreground: .white, background: .green, attributes: .bold),
      .simCount: Style(foreground: .blue, attributes: .bold),
      .breadcrumb: Style(foreground: .blue),
      .inputField: Style(foreground: .black, background: .indexed(254), attributes: .underline),
      .dialog: Style(foreground: .black, background: .indexed(255)),
    ])

  /// Bright colours, bold text and solid backgrounds for low vision or glare.
  public static let highContrast = Theme(
    name: "high-contrast",
    styles: [
      .normal: Style(foreground: .brightWhite),
      .muted: Style(foreground: .white),
      .selection: Style(foreground: .black, background: .brightYellow, attributes: .bold),
      .focusBorder: Style(foreground: .brightYellow, attributes: .bold),
      .border: Style(foreground: .brightWhite),
      .title: Style(foreground: .brightWhite, attributes: [.bold, .underline]),
      .error: Style(foreground: .brightWhite, background: .red, attributes: .bold),
      .warning: Style(foreground: .black, background: .brightYellow, attributes: .bold),
      .ok: Style(foreground: .black, background: .brightGreen, attributes: .bold),
      .keyHint: Style(foreground: .black, background: .brightCyan, attributes: .bold),
      .keyLabel: Style(foreground: .brightWhite, attributes: .bold),
      .header: Style(foreground: .black, background: .brightWhite, attributes: .bold),
      .footer: Style(foreground: .brightWhite),
      .flash: Style(foreground: .brightCyan, attributes: .bold),
      .dirty: Style(foreground: .brightYellow, attributes: .bold),
      .changed: Style(foreground: .black, background: .brightMagenta, attributes: .bold),
      .stepStart: Style(foreground: .brightGreen, attributes: .bold),
      .stepWait: Style(foreground: .brightCyan, attributes: .bold),
      .stepSegment: Style(foreground: .brightMagenta, attributes: .bold),
      .stepPauseUntil: Style(foreground: .brightBlue, attributes: .bold),
      .stepActivate: Style(foreground: .brightYellow, attributes: .bold),
      .stepStop: Style(foreground: .brightRed, attributes: .bold),
      .branchLabel: Style(foreground: .brightMagenta, attributes: .bold),
      .simActive: Style(foreground: .black, background: .brightGreen, attributes: .bold),
      .simCount: Style(foreground: .brightCyan, attributes: .bold),
      .breadcrumb: Style(foreground: .brightWhite, attributes: .underline),
      .inputField: Style(foreground: .black, background: .brightWhite),
      .dialog: Style(foreground: .brightWhite, background: .blue),
    ])

  /// No colour at all: roles are told apart by bold, reverse, underline and dim.
  public static let mono = Theme(
    name: "mono",
    styles: [
      .normal: Style(),
      .muted: Style(attributes: .dim),
      .selection: Style(attributes: .reverse),
      .focusBorder: Style(attributes: .bold),
      .border: Style(),
      .title: Style(attributes: .bold),
      .error: Style(attributes: [.bold, .underline]),
      .warning: Style(attributes: .bold),
      .ok: Style(),
      .keyHint: Style(attributes: .bold),
      .keyLabel: Style(),
      .header: Style(attributes: .reverse),
      .footer: Style(),
      .flash: Style(attributes: .bold),
      .dirty: Style(attributes: .bold),
      .changed: Style(attributes: .reverse),
      .stepStart: Style(attributes: .bold),
      .stepWait: Style(),
      .stepSegment: Style(),
      .stepPauseUntil: Style(),
      .stepActivate: Style(),
      .stepStop: Style(attributes: .bold),
      .branchLabel: Style(attributes: .underline),
      .simActive: Style(attributes: .reverse),
      .simCount: Style(attributes: .bold),
      .breadcrumb: Style(attributes: .underline),
      .inputField: Style(attributes: .underline),
      .dialog: Style(),
    ])
}
