import Foundation
import JourneyModel
import JourneyStore
import TerminalKit
import Testing

@testable import JourneyApp

/// Golden screens of a simulation and the run history, and the roles of changed counts.
@Suite struct SimulationScreenTests {
  let samples: SimulationWorkspace
  let workspace: Workspace

  init() throws {
    samples = try SimulationWorkspace()
    workspace = try samples.workspace()
  }

  private func driver(width: Int, height: Int) -> LiveDriver {
    let driver = LiveDriver(
      workspace: workspace, journey: samples.journeyURL, width: width, height: height)
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    return driver
  }

  @Test func followedContactOnTheCanvasAndInThePane() {
    let wide = driver(width: 120, height: 40)
    wide.press(".", ".", ".", ".", "f")
    wide.type("c1")
    wide.press("enter")
    Snapshot.assert(wide.buffer, named: "simulation-follow-120x40")

    let narrow = driver(width: 80, height: 24)
    narrow.press(".", ".", ".", ".", "f")
    narrow.type("c1")
    narrow.press("enter", ">", ">")
    Snapshot.assert(narrow.buffer, named: "simulation-follow-80x24")
  }

  @Test func setupFormAndActivationsPane() {
    let driver = LiveDriver(
      workspace: workspace, journey: samples.journeyURL, width: 80, height: 24)
    driver.press("S", "down")
    driver.type("2026-03-01")
    Snapshot.assert(driver.buffer, named: "simulation-setup-80x24")

    driver.press("escape")
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press("+", "+", "+", "+", "space", "v", "v")
    Snapshot.assert(driver.buffer, named: "simulation-activations-80x24")
  }

  @Test func countsThatJustChangedAreHighlightedForAMoment() throws {
    let driver = driver(width: 120, height: 40)
    driver.press(".")
    driver.clock.advance(2)
    #expect(driver.app.tick() == .redraw)
    driver.press(".")
    let canvas = Layout.inner(Layout(driver.app.state).canvas)
    let row = try #require(driver.app.state.editor?.row(of: .step("wait")))
    let y = canvas.y + row
    let width = driver.overlayColumnWidth
    #expect(width == CanvasOverlay.minimumColumnWidth)
    let nowColumn = canvas.maxX - 2 * width - 1
    let exitedColumn = canvas.maxX - 1
    let passedColumn = nowColumn + width
    #expect(driver.counts(of: "wait") == ["2", "1", "1"])
    #expect(driver.buffer.cell(at: Point(x: nowColumn, y: y))?.role == .simCount)
    #expect(driver.buffer.cell(at: Point(x: passedColumn, y: y))?.role == .changed)
    #expect(driver.buffer.cell(at: Point(x: exitedColumn, y: y))?.role == .changed)

    driver.clock.advance(2)
    #expect(driver.app.tick() == .redraw)
    #expect(driver.buffer.cell(at: Point(x: passedColumn, y: y))?.role == .simCount)
    #expect(driver.app.tick() == .none)
  }

  @Test func runHistoryWithSimulatedRunsMarkedAndStepCounts() throws {
    let history = try RunHistory(workspace: samples.root)
    let started = Date(timeIntervalSince1970: 1_796_126_400)
    try history.append([
      RunRecord(
        journeyID: "offers", journeyVersion: 1, runType: .scheduled, status: .success,
        startedAt: started, finishedAt: started.addingTimeInterval(2), entered: 3, exited: 0,
        completed: 1, exitedByReason: [:], activationsByDestination: ["email": 1],
        contactsOnStep: ["wait": 2]),
      RunRecord(
        journeyID: "offers", journeyVersion: 0, runType: .simulated, status: .success,
        startedAt: started.addingTimeInterval(60), finishedAt: started.addingTimeInterval(60),
        runAt: Date(timeIntervalSince1970: 1_772_442_000), entered: 2, exited: 1,
        completed: 0, exitedByReason: ["exit rule": 1], activationsByDestination: [:],
        contactsOnStep: ["wait": 1, "buy": 1], simulationID: "offers-1"),
    ])
    history.close()

    let driver = LiveDriver(
      workspace: workspace, journey: samples.journeyURL, width: 120, height: 24)
    driver.press("H")
    Snapshot.assert(driver.buffer, named: "history-120x24")
    driver.press("enter")
    #expect(driver.screen.contains("Run 2 · simulated at 2026-03-02 09:00 · contacts on each"))
    #expect(driver.screen.contains("buy                 1"))
    #expect(driver.screen.contains(
      "entered 2 · completed 0 · exited: exit rule 1 · activations: -"))
    driver.press("j")
    #expect(driver.screen.contains("Run 1 · scheduled · contacts on each step"))
    driver.press("q", "q")
    #expect(driver.app.state.screen == .editor)
    #expect(driver.app.state.focus == .canvas)
  }

  @Test func unavailableActionsSayWhy() throws {
    let driver = driver(width: 120, height: 40)
    driver.press("g")
    driver.type("2026-03-07")
    driver.press("enter", "space")
    #expect(driver.statusLine.contains("the simulation is over: r starts it again"))
    driver.press("r")
    #expect(driver.row(2).contains("run 0 of 7"))
    #expect(driver.statusLine.contains("started the simulation again from its start"))
    for _ in 0..<12 { driver.press("-") }
    #expect(driver.statusLine.contains("already at the slowest: 1 run a second"))

    var broken = SimulationWorkspace.journey
    broken.steps[1] = Step(id: "wait", kind: .wait(WaitStep(mode: nil, next: "plan")))
    try JourneyCoding.encode(broken).write(
      to: samples.journeyURL, atomically: true, encoding: .utf8)
    let other = LiveDriver(workspace: workspace, journey: samples.journeyURL)
    other.press("S")
    #expect(other.statusLine.contains("the journey has 1 blocking error: fix them first"))
    #expect(other.app.state.mode.isNormal)
  }
}
