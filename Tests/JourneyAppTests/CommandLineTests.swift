import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct CommandLineTests {
  private func command(_ driver: AppDriver, _ text: String) -> Reaction {
    driver.press(":")
    driver.type(text)
    return driver.press("enter")
  }

  private func editedDriver() throws -> AppDriver {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("wait-2-days")
    driver.press("a")
    driver.type("wait")
    driver.press("enter")
    return driver
  }

  @Test func writeSavesAndWriteQuitLeaves() throws {
    let driver = try editedDriver()
    #expect(command(driver, "w") == .redraw)
    #expect(try driver.workspace.journey("win-back-lapsed-customers").step("wait-1") != nil)
    driver.press("a")
    driver.type("activate")
    driver.press("enter")
    #expect(command(driver, "wq") == .quit)
    #expect(try driver.workspace.journey("win-back-lapsed-customers").step("activate-1") != nil)
  }

  @Test func quitAsksAndForceQuitDiscards() throws {
    let driver = try editedDriver()
    #expect(command(driver, "q") == .redraw)
    #expect(driver.dialogText?.hasPrefix("Unsaved changes") == true)
    driver.press("esc")
    #expect(command(driver, "q!") == .quit)
    #expect(try driver.workspace.journey("win-back-lapsed-customers").step("wait-1") == nil)
    let recovery = driver.workspace.root.appendingPathComponent(
      ".journey/recovery/win-back-lapsed-customers.json")
    #expect(!FileManager.default.fileExists(atPath: recovery.path))
  }

  @Test func validateFocusesTheProblems() throws {
    let driver = try AppDriver(SampleWorkspace(invalid: true))
    driver.open("wait-too-long")
    _ = command(driver, "validate")
    #expect(driver.app.state.focus == .problems)
    #expect(driver.statusLine == "✗ Broken on purpose: wait too long: 1 error")
  }

  @Test func validateOnTheListChecksEveryJourney() throws {
    let driver = try AppDriver(SampleWorkspace())
    _ = command(driver, "validate")
    #expect(driver.statusLine == "✓ checked 7 journeys: no problems")
  }

  @Test func themeSwitchesAndABadNameFallsBackWithTheReason() throws {
    let driver = try AppDriver(SampleWorkspace())
    #expect(command(driver, "theme light") == .relayout)
    #expect(driver.themes == ["light"])
    #expect(driver.statusLine == "✓ theme: light")
    _ = command(driver, "theme neon")
    #expect(driver.themes == ["light", "default"])
    #expect(
      driver.statusLine.hasPrefix(
        "✗ no theme \"neon\": not built in (default, light, "
          + "high-contrast, mono)"))
    #expect(driver.app.state.display.themeName == "default")
  }

  @Test func unknownCommandsListTheKnownOnes() throws {
    let driver = try AppDriver(SampleWorkspace())
    _ = command(driver, "frobnicate")
    #expect(
      driver.statusLine.hasPrefix("✗ unknown command \":frobnicate\": the commands are :w :q"))
  }

  @Test func tabCompletesAndUpRecallsHistory() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.press(":")
    driver.type("val")
    driver.press("tab")
    #expect(driver.statusLine == ":validate")
    driver.press("enter", ":")
    driver.type("theme hi")
    driver.press("tab")
    #expect(driver.statusLine == ":theme high-contrast")
    driver.press("esc", ":", "up")
    #expect(driver.statusLine == ":validate")
  }

  @Test func parseKnowsEveryCommand() {
    #expect(CommandPrompt.parse("w") == .write)
    #expect(CommandPrompt.parse("q!") == .forceQuit)
    #expect(CommandPrompt.parse("wq") == .writeQuit)
    #expect(CommandPrompt.parse("theme") == .theme(nil))
    #expect(CommandPrompt.parse("theme  mono ") == .theme("mono"))
    #expect(CommandPrompt.parse("publish") == .publish)
    #expect(CommandPrompt.parse("nope") == nil)
  }
}
