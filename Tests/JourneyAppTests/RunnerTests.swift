import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct RunnerTests {
  private func app(_ samples: SampleWorkspace, settings: AppSettings = AppSettings()) throws -> App
  {
    let environment = AppEnvironment(
      workspace: try samples.workspace(), now: { AppDriver.fixedNow })
    return App(environment: environment, size: .zero, settings: settings)
  }

  @Test func runLoopDrawsEachChangeAndStopsTheTerminalOnQuit() throws {
    let samples = try SampleWorkspace()
    let terminal = HeadlessTerminal(
      size: Size(width: 80, height: 24),
      keys: [.down, .character("z"), .character("q")])
    try AppRunner.run(try app(samples), on: terminal)
    #expect(terminal.startCount == 1)
    #expect(terminal.stopCount == 1)
    #expect(terminal.frames.count == 2)
    #expect(terminal.lastFrame?.cell(at: Point(x: 1, y: 3))?.role == .selection)
  }

  @Test func resizeEventsRelayOutAndRedraw() throws {
    let samples = try SampleWorkspace()
    let terminal = HeadlessTerminal(
      size: Size(width: 80, height: 24),
      events: [.resize(Size(width: 120, height: 40)), .resize(Size(width: 40, height: 10))])
    try AppRunner.run(try app(samples), on: terminal, stopWhenIdle: true)
    #expect(
      terminal.frames.map(\.size) == [
        Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 10),
      ])
    #expect(terminal.lastFrame?.text().contains("Terminal too small: 40x10.") == true)
    #expect(terminal.stopCount == 1)
  }

  @Test func aFailedStartIsReportedAndNothingIsDrawn() throws {
    let samples = try SampleWorkspace()
    let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), keys: [])
    terminal.startError = .notATerminal
    #expect(throws: TerminalError.notATerminal) {
      try AppRunner.run(try app(samples), on: terminal)
    }
    #expect(terminal.frames.isEmpty)
  }

  @Test func mouseClicksSelectRowsOnlyWhenEnabled() throws {
    let samples = try SampleWorkspace()
    let off = try AppDriver(samples)
    #expect(off.app.handle(.mouse(MouseEvent(.click, at: Point(x: 5, y: 4)))) == .none)
    #expect(off.app.state.list.selection == 0)

    let on = try AppDriver(samples, settings: AppSettings(mouse: true))
    _ = on.app.handle(.mouse(MouseEvent(.click, at: Point(x: 5, y: 4))))
    #expect(on.app.state.list.selection == 2)
    on.press("enter")
    _ = on.app.handle(.mouse(MouseEvent(.click, at: Point(x: 5, y: 6))))
    #expect(on.app.state.editor?.selectedRow == 3)
    _ = on.app.handle(.mouse(MouseEvent(.click, at: Point(x: 5, y: 16))))
    #expect(on.app.state.focus == .inspector)
    #expect(on.app.state.editor?.inspectorIndex == 2)
    _ = on.app.handle(.mouse(MouseEvent(.wheelDown, at: Point(x: 5, y: 16))))
    #expect(on.app.state.editor?.inspectorIndex == 3)
  }

  @Test func aBrokenThemeFileNamesTheKeyAndTheDefaultApplies() throws {
    let samples = try SampleWorkspace()
    let themes = samples.parent.appendingPathComponent("themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try #"{"roles": {"error": {"foreground": "ultraviolet"}}}"#.write(
      to: themes.appendingPathComponent("neon.json"), atomically: true, encoding: .utf8)
    let driver = try AppDriver(samples, themesDirectory: themes)
    driver.press(":")
    driver.type("theme neon")
    driver.press("enter")
    #expect(driver.themes == ["default"])
    let flash = try #require(driver.app.state.flash)
    #expect(flash.severity == .error)
    #expect(
      flash.text.hasPrefix(
        "theme file \"\(themes.path)/neon.json\": "
          + "\"roles.error.foreground\" is"))
    #expect(flash.text.hasSuffix("; using the default theme"))
  }

  @Test func fileLoggerWritesOneLinePerEventWithFixedKeys() throws {
    let samples = try SampleWorkspace()
    let url = samples.parent.appendingPathComponent("state/journey/journey.log")
    let logger = try #require(FileLogger(url: url, level: .info, now: { AppDriver.fixedNow }))
    logger.log(.info, "editor", "saved", [.journey: "welcome", .path: "a b.json"])
    logger.log(.debug, "keys", "dropped", [:])
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(
      text == """
        ----- journey started 2026-12-01T12:00:00.000Z -----
        2026-12-01T12:00:00.000Z info editor saved journey=welcome path="a b.json"

        """)
  }

  @Test func rightOnAnOpenEndSaysWhatToDo() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.press("a")
    driver.type("Blank")
    driver.press("enter", "j", "l")
    #expect(driver.statusLine == "! a Stop ends its path: no step comes after it")
  }
}
