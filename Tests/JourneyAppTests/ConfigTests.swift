import Foundation
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct ConfigTests {
  private func parse(_ json: String) -> (UserConfig, [String]) {
    let (config, problems) = UserConfig.parse(Data(json.utf8), file: "/home/u/config.json")
    return (config, problems.map(\.description))
  }

  @Test func readsThemeFlagsAndKeyRemaps() {
    let (config, problems) = parse(
      """
      {"version": 1, "theme": "light", "ascii": true, "mouse": true,
       "keys": {"move-down": ["n", "down"], "publish": "none", "save": "ctrl-w"}}
      """)
    #expect(problems.isEmpty)
    #expect(config.theme == "light")
    #expect(config.ascii == true)
    #expect(config.mouse == true)
    #expect(
      config.keys == [.moveDown: [.character("n"), .down], .publish: [], .save: [.ctrl("w")]])
  }

  @Test func badKeysNameTheFileAndKeyAndTheRestStillApplies() {
    let (config, problems) = parse(
      """
      {"theme": 3, "colour": "red", "ascii": "yes",
       "keys": {"fly": ["f"], "undo": ["ctrl-"], "redo": ["U"]}}
      """)
    #expect(
      problems == [
        "config /home/u/config.json: unknown key \"colour\"; known keys are version, theme, "
          + "ascii, mouse, keys",
        "config /home/u/config.json: \"theme\" must be a non-empty string; the default applies",
        "config /home/u/config.json: \"ascii\" must be true or false; the default applies",
        "config /home/u/config.json: unknown key \"keys.fly\"; known keys are action names as in "
          + "docs/KEYS.md",
        "config /home/u/config.json: \"keys.undo\" must be a key name such as \"j\", \"ctrl-s\", "
          + "\"enter\" or \"pgdn\" (not \"ctrl-\"); the default applies",
      ])
    #expect(config.keys == [.redo: [.character("U")]])
    #expect(config.theme == nil)
  }

  @Test func brokenJSONAndNewerVersionsFallBackToDefaults() {
    let (_, broken) = parse("{\"theme\": ")
    #expect(broken.count == 1)
    #expect(broken[0].hasPrefix("config /home/u/config.json is not valid JSON ("))
    let (_, newer) = parse("{\"version\": 2}")
    #expect(
      newer == [
        "config /home/u/config.json has version 2, newer than this program reads (1); "
          + "defaults apply"
      ])
  }

  @Test func foldersFollowXDGWithAHomeFallback() {
    #expect(UserConfig.folder(environment: ["XDG_CONFIG_HOME": "/x"]).path == "/x/journey")
    #expect(UserConfig.folder(environment: ["HOME": "/h"]).path == "/h/.config/journey")
    #expect(
      FileLogger.defaultURL(environment: ["XDG_STATE_HOME": "/s"]).path
        == "/s/journey/journey.log")
    #expect(
      FileLogger.defaultURL(environment: ["HOME": "/h"]).path
        == "/h/.local/state/journey/journey.log")
    #expect(
      FileLogger.defaultURL(environment: ["JOURNEY_LOG": "/tmp/j.log"]).path
        == "/tmp/j.log")
  }

  @Test func startupWarningsShowInTheFlashLine() throws {
    let settings = AppSettings(startupWarnings: ["config x: \"ascii\" must be true or false"])
    let driver = try AppDriver(SampleWorkspace(), settings: settings)
    #expect(driver.statusLine == "✗ config x: \"ascii\" must be true or false")
  }

  @Test func remappedKeysDriveTheAppAndTheFooter() throws {
    let settings = AppSettings(keyRemaps: [.moveDown: [.character("n")], .cycleSort: []])
    let driver = try AppDriver(SampleWorkspace(), settings: settings)
    driver.press("n")
    #expect(driver.app.state.list.selection == 1)
    driver.press("j")
    #expect(driver.app.state.list.selection == 1)
    #expect(!driver.row(23).contains("sort"))
  }

  @Test func launchOptionsParseFlagsAndOnePath() throws {
    let options = try LaunchOptions.parse(["samples", "--ascii", "--theme", "light", "--mouse"])
    #expect(options.path == "samples")
    #expect(options.ascii)
    #expect(options.mouse)
    #expect(options.theme == "light")
    #expect(!options.debug)
    #expect(throws: LaunchError.unknownOption("--colour")) {
      try LaunchOptions.parse(["--colour"])
    }
    #expect(throws: LaunchError.missingValue("--theme")) { try LaunchOptions.parse(["--theme"]) }
    #expect(throws: LaunchError.tooManyPaths("b")) { try LaunchOptions.parse(["a", "b"]) }
  }

  @Test func launchTargetsAWorkspaceOrOneOfItsJourneys() throws {
    let samples = try SampleWorkspace()
    let folder = try LaunchTarget.resolve(nil, currentDirectory: samples.root)
    #expect(folder.workspace.root.path == samples.root.standardizedFileURL.path)
    #expect(folder.journey == nil)
    let file = try LaunchTarget.resolve(
      "journeys/welcome-series.json",
      currentDirectory: samples.root)
    #expect(file.journey?.lastPathComponent == "welcome-series.json")
    #expect(throws: LaunchError.notFound("nowhere")) {
      try LaunchTarget.resolve("nowhere", currentDirectory: samples.root)
    }
  }
}
