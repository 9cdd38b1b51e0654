import Foundation
import JourneyModel
import JourneySimulator
import TerminalKit
import Testing

@testable import JourneyApp

/// Ways into and out of a simulation: another data folder, unreadable data, leaving, the
/// history from the list, views and empty steps.
@Suite struct SimulationFlowTests {
  let samples: SimulationWorkspace
  let workspace: Workspace
  let driver: LiveDriver

  init() throws {
    samples = try SimulationWorkspace()
    workspace = try samples.workspace()
    driver = LiveDriver(workspace: workspace, journey: samples.journeyURL)
  }

  private func writeExports(events: String) throws {
    let folder = samples.root.appendingPathComponent("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try SimulationWorkspace.profiles.write(
      to: folder.appendingPathComponent("profiles.csv"), atomically: true, encoding: .utf8)
    try events.write(
      to: folder.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
  }

  @Test func anotherDataFolderIsReadAndRemembered() throws {
    try writeExports(events: """
      contact_id,event,timestamp,value
      c2,purchase,2026-03-01T12:00:00Z,5

      """)
    driver.press("S")
    driver.type("exports")
    driver.press("enter")
    #expect(driver.row(2).contains("■ over · not started · run 0 of 0"))
    #expect(driver.statusLine.contains(
      "no run of daily at 09:00 falls between 2026-03-01 12:00 and 2026-03-01 12:00"))

    driver.startSimulation(from: "2026-03-01", to: "2026-03-03")
    #expect(driver.row(3).contains("entered 0 · completed 0"))
    driver.press("space")
    #expect(driver.row(3).contains("entered 1 · completed 1 · exited 0"))
    #expect(driver.row(2).contains("■ over · Tue 2026-03-03 09:00 · run 3 of 3"))
    #expect(SetupStore(workspace: workspace).read(journeyID: "offers") == SimulationSetup(
      dataFolder: "exports", from: "2026-03-01", to: "2026-03-03"))
  }

  @Test func unreadableDataStopsWithTheReasonAndSkipsWhenAsked() throws {
    try writeExports(events: """
      contact_id,event,timestamp,value
      c2,purchase,yesterday,5
      c3,purchase,2026-03-02T07:00:00Z,12

      """)
    driver.press("S")
    driver.type("exports")
    driver.press("enter")
    #expect(driver.row(2).contains("✗ stopped:"))
    #expect(driver.row(2).contains("events.csv"))
    #expect(driver.app.state.simulation?.phase != .ready)
    driver.press("space")
    #expect(driver.statusLine.contains("the simulation stopped:"))

    driver.press("S", "down", "end", "ctrl-u")
    driver.type("2026-03-01")
    driver.press("down", "end", "ctrl-u")
    driver.type("2026-03-04")
    driver.press("down", "down", "space", "enter")
    #expect(driver.statusLine.contains("read 6 contacts; skipped 1 bad rows"))
    driver.press("space")
    #expect(driver.row(3).contains("entered 1 · completed 0 · exited 0 · inside 1"))
    #expect(driver.counts(of: "buy") == ["1", "0", ""])
  }

  @Test func closingTheJourneyEndsTheSimulation() {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press(".")
    driver.press("q")
    #expect(driver.app.state.screen == .list)
    #expect(driver.app.state.simulation == nil)
    #expect(driver.app.workers.simulation == nil)
  }

  @Test func historyFromTheListGoesBackToTheList() {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press(".", ".", "escape")
    #expect(driver.statusLine.contains("left the simulation: its 2 runs are in the run history"))
    driver.press("q", "H")
    driver.clock.advance(10)
    _ = driver.app.tick()
    #expect(driver.app.state.screen == .history)
    #expect(driver.screen.contains("Runs of Offers after a first order · 2 shown, 2 simulated"))
    #expect(driver.statusLine.contains("run 1 of 2 · Enter shows its step counts"))
    driver.press("escape")
    #expect(driver.app.state.screen == .list)
    #expect(driver.app.state.history == nil)
  }

  @Test func viewsCycleAndAnEmptyStepSaysSo() {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press(".")
    #expect(driver.app.state.simulation?.view == .step)
    driver.press("v")
    #expect(driver.screen.contains("No contact is followed."))
    driver.press("v")
    #expect(driver.screen.contains("Activations over time"))
    #expect(driver.screen.contains("last run 1 at Sun 2026-03-01 09:00: 2 entered"))
    driver.press("v")
    #expect(driver.app.state.simulation?.view == .step)

    driver.press("F")
    #expect(driver.statusLine.contains("nobody is on start after run 1"))
    driver.press("j", "F")
    guard case .picker(let picker) = driver.app.state.mode else {
      Issue.record("no picker")
      return
    }
    #expect(picker.choices.map(\.value) == ["c1", "c4"])
  }

  @Test func theSmallestScreenStillShowsCountsAndTheClock() throws {
    let small = LiveDriver(
      workspace: workspace, journey: samples.journeyURL, width: 60, height: 16)
    small.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    small.press(".", ".")
    #expect(small.row(2).contains("❚❚ paused · Mon 2026-03-02 09:00 · run 2 of 7"))
    #expect(small.row(3).contains("entered 4 · completed 0 · exited 1 │ email 0 · crm 0"))
    #expect(small.counts(of: "start") == ["0", "4", ""])
    let canvas = Layout(small.app.state).canvas
    #expect(canvas.height >= 4)
  }
}
