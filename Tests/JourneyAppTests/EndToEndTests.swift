import Foundation
import JourneyModel
import Testing

@testable import JourneyApp

/// Runs the built `journey` binary in tmux on a copy of the samples: the real terminal,
/// curses and all.
@Suite struct EndToEndTests {
  static let canRun = Tmux.executable != nil && Tmux.journeyBinary != nil

  @Test(
    .enabled(
      if: canRun,
      "needs tmux and the journey binary built beside the tests; install tmux to run it"))
  func openEditSaveAndQuitInARealTerminal() throws {
    let samples = try SampleWorkspace()
    let binary = try #require(Tmux.journeyBinary)
    let state = samples.parent.appendingPathComponent("state")
    let command =
      "cd '\(samples.root.path)' && env TERM=xterm-256color "
      + "XDG_CONFIG_HOME='\(state.path)' XDG_STATE_HOME='\(state.path)' '\(binary.path)'"
    let tmux = try Tmux(command: command, width: 100, height: 30)

    let list = try tmux.waitFor("7 journeys")
    #expect(list.contains("Win back lapsed customers"))
    try tmux.send("/")
    try tmux.type("win back")
    try tmux.send("Enter", "Enter")
    let canvas = try tmux.waitFor("Journeys › Win back lapsed customers")
    #expect(canvas.contains("◆ Segment on tier: Gold | Silver | other"))

    try tmux.send("j", "a")
    try tmux.waitFor("Add a step")
    try tmux.type("wait")
    try tmux.send("Enter")
    #expect(try tmux.waitFor("● unsaved").contains("◷ Wait 1 day"))
    try tmux.send("C-s")
    #expect(try tmux.waitFor("saved win-back").contains("✓ saved win-back-lapsed-customers.json"))
    #expect(try samples.journey("win-back-lapsed-customers").step("wait-1") != nil)

    try tmux.send("q")
    try tmux.waitFor("7 journeys")
    try tmux.send("q")
    tmux.waitForExit()
    #expect(!tmux.isRunning())
  }
}
