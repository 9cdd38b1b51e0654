import Foundation
import Testing

@testable import TerminalKit

@Suite struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  @Test(arguments: Theme.builtIn.map(\.name))
  func shippedFileEqualsBuiltIn(name: String) throws {
    let theme = try #require(Theme.builtIn(named: name))
    let url = Self.themesDirectory.appendingPathComponent("\(theme.name).json")
    let loaded = try Theme.load(from: url, over: Theme(name: "empty", styles: [:]))
    #expect(loaded == theme)
  }

  @Test(arguments: Theme.builtIn.map(\.name))
  func jsonTextRoundTrips(name: String) throws {
    let theme = try #require(Theme.builtIn(named: name))
    let data = Data(theme.jsonText().utf8)
    #expect(try Theme.parse(data, file: "x.json", over: .mono) == theme)
  }

  @Test func builtInsCoverEveryRoleDifferently() {
    #expect(Theme.builtIn.map(\.name) == ["default", "light", "high-contrast", "mono"])
    #expect(Theme.builtIn(named: "High-Contrast") == .highContrast)
    #expect(Theme.builtIn(named: "nope") == nil)
    for role in Role.allCases {
      #expect(Theme.mono[role].foreground == .default)
      #expect(Theme.mono[role].background == .default)
    }
    #expect(Theme.mono[.selection].attributes == .reverse)
  }

  @Test func partialFileMergesOverTheBase() throws {
    let json = """
      { "roles": { "error": { "foreground": "magenta" },
                   "title": { "attributes": ["underline", "bold"] },
                   "dialog": { "background": 17 } } }
      """
    let theme = try Theme.parse(Data(json.utf8), file: "/home/a/themes/ocean.json")
    #expect(theme.name == "ocean")
    #expect(theme[.error] == Style(foreground: .magenta, attributes: .bold))
    #expect(theme[.title] == Style(foreground: .brightWhite, attributes: [.bold, .underline]))
    #expect(theme[.dialog] == Style(background: .indexed(17)))
    #expect(theme[.selection] == Theme.default[.selection])
  }

  @Test func baseKeyPicksABuiltInToMergeOver() throws {
    let json = #"{ "name": "My light", "base": "light", "roles": { "ok": {} } }"#
    let theme = try Theme.parse(Data(json.utf8), file: "mine.json")
    #expect(theme.name == "My light")
    #expect(theme[.ok] == Theme.light[.ok])
    #expect(theme[.selection] == Theme.light[.selection])
  }

  static let errorCases: [(String, String)] = [
    (
      #"{ "roles": { "eror": {} } }"#,
      #"theme file "t.json": unknown key "roles.eror"; known keys are normal, muted, "#
        + "selection, focusBorder, border, title, error, warning, ok, keyHint, keyLabel, "
        + "header, footer, flash, dirty, changed, stepStart, stepWait, stepSegment, "
        + "stepPauseUntil, stepActivate, stepStop, branchLabel, simActive, simCount, "
        + "breadcrumb, inputField, dialog"
    ),
    (
      #"{ "colours": {} }"#,
      #"theme file "t.json": unknown key "colours"; known keys are base, name, roles"#
    ),
    (
      #"{ "roles": { "error": { "foreground": "purple" } } }"#,
      #"theme file "t.json": "roles.error.foreground" is "purple"; use "default", "#
        + #"a colour name such as "red" or "bright-red", or a palette number 0-255"#
    ),
    (
      #"{ "roles": { "ok": { "background": 256 } } }"#,
      #"theme file "t.json": "roles.ok.background" is 256; use "default", "#
        + #"a colour name such as "red" or "bright-red", or a palette number 0-255"#
    ),
    (
      #"{ "roles": { "ok": { "background": true } } }"#,
      #"theme file "t.json": "roles.ok.background" is true; use "default", "#
        + #"a colour name such as "red" or "bright-red", or a palette number 0-255"#
    ),
    (
      #"{ "roles": { "ok": { "attributes": ["bold", "blink"] } } }"#,
      #"theme file "t.json": "roles.ok.attributes[1]" is "blink"; "#
        + "use one of bold, reverse, underline, dim"
    ),
    (
      #"{ "roles": { "ok": { "attributes": "bold" } } }"#,
      #"theme file "t.json": "roles.ok.attributes" must be a list of attribute names"#
    ),
    (
      #"{ "roles": { "ok": { "fg": "red" } } }"#,
      #"theme file "t.json": unknown key "roles.ok.fg"; "#
        + "known keys are attributes, background, foreground"
    ),
    (
      #"{ "roles": { "ok": "red" } }"#,
      #"theme file "t.json": "roles.ok" must be an object"#
    ),
    (
      #"[1, 2]"#,
      #"theme file "t.json": "(top level)" must be an object"#
    ),
    (
      #"{ "name": 3 }"#,
      #"theme file "t.json": "name" must be a string"#
    ),
    (
      #"{ "base": "dark" }"#,
      #"theme file "t.json": "base" is "dark"; "#
        + "use one of default, light, high-contrast, mono"
    ),
  ]

  @Test(arguments: errorCases)
  func badFilesGiveExactErrors(json: String, message: String) {
    #expect {
      try Theme.parse(Data(json.utf8), file: "t.json")
    } throws: { error in
      "\(error)" == message
    }
  }

  @Test func invalidJSONNamesTheFile() {
    #expect {
      try Theme.parse(Data("{ \"roles\": ".utf8), file: "broken.json")
    } throws: { error in
      guard case .invalidJSON(let file, _)? = error as? ThemeError else {
        return false
      }
      return file == "broken.json"
        && "\(error)".hasPrefix("theme file \"broken.json\" is not valid JSON (")
    }
  }

  @Test func missingFileIsUnreadable() throws {
    let url = URL(fileURLWithPath: "/nonexistent-dir-tk/none.json")
    #expect(throws: ThemeError.unreadable(file: url.path, reason: "no such file")) {
      try Theme.load(from: url)
    }
    let message = ThemeError.unreadable(file: url.path, reason: "no such file").description
    #expect(
      message == "theme file \"/nonexistent-dir-tk/none.json\" cannot be read (no such file); "
        + "check the path and permissions")
  }

  @Test func resolveFallsBackToDefaultWithTheError() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("tk-theme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("bad.json")
    try Data(#"{ "roles": { "ok": { "foreground": "nope" } } }"#.utf8).write(to: bad)
    let good = directory.appendingPathComponent("sea.json")
    try Data(#"{ "roles": { "ok": { "foreground": "blue" } } }"#.utf8).write(to: good)

    #expect(Theme.resolve("light", themesDirectory: directory) == (.light, nil))
    let sea = Theme.resolve("sea", themesDirectory: directory)
    #expect(sea.error == nil)
    #expect(sea.theme.name == "sea")
    #expect(sea.theme[.ok].foreground == .blue)

    let broken = Theme.resolve("bad", themesDirectory: directory)
    #expect(broken.theme == .default)
    if case .badValue(_, let keyPath, _, _)? = broken.error {
      #expect(keyPath == "roles.ok.foreground")
    } else {
      Issue.record("expected a bad value error, got \(String(describing: broken.error))")
    }

    let missing = Theme.resolve("gone", themesDirectory: directory)
    #expect(missing.theme == .default)
    #expect(
      missing.error?.description == "no theme \"gone\": not built in (default, light, "
        + "high-contrast, mono) and no file \"\(directory.path)/gone.json\"")
  }

  @Test func eightColourModeMapsDown() {
    let theme = Theme.default.adapted(to: .basic8)
    #expect(theme[.error] == Style(foreground: .red, attributes: .bold))
    #expect(theme[.inputField].background == .black)
    #expect(theme[.changed].background == .yellow)
    #expect(theme[.normal] == Style())
    #expect(Theme.default.adapted(to: .full) == .default)
  }

  @Test func monochromeModeUsesMonoAttributesAndKeepsTheName() {
    let theme = Theme.light.adapted(to: .monochrome)
    #expect(theme.name == "light")
    for role in Role.allCases {
      #expect(theme[role] == Theme.mono[role])
    }
  }

  @Test func paletteColoursReduceToTheNearestBasic() {
    let cases: [(Color, Color)] = [
      (.default, .default), (.indexed(1), .red), (.indexed(9), .red),
      (.brightCyan, .cyan), (.indexed(16), .black), (.indexed(196), .red),
      (.indexed(208), .red), (.indexed(214), .yellow), (.indexed(33), .blue),
      (.indexed(231), .white), (.indexed(236), .black), (.indexed(250), .white),
      (.indexed(52), .red), (.indexed(30), .cyan),
    ]
    for (color, basic) in cases {
      #expect(color.basic == basic, "\(color)")
    }
  }

  @Test func colourNamesAndDetection() {
    #expect(Color(name: "Bright-Red") == .brightRed)
    #expect(Color(name: "orange") == nil)
    #expect(Color.brightWhite.paletteIndex == 15)
    #expect(Color.indexed(200).description == "200")
    #expect(ColorMode.detect(hasColors: true, colors: 256, environment: [:]) == .full)
    #expect(ColorMode.detect(hasColors: true, colors: 8, environment: [:]) == .basic8)
    #expect(ColorMode.detect(hasColors: false, colors: 0, environment: [:]) == .monochrome)
    let noColor = ["NO_COLOR": "1"]
    #expect(ColorMode.detect(hasColors: true, colors: 256, environment: noColor) == .monochrome)
    let empty = ["NO_COLOR": ""]
    #expect(ColorMode.detect(hasColors: true, colors: 256, environment: empty) == .full)
  }
}
