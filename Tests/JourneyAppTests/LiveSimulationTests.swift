import Foundation
import JourneyModel
import JourneySimulator
import JourneyStore
import TerminalKit
import Testing

@testable import JourneyApp

/// A simulation driven by keys on the canvas, its work done inline: the counts on screen
/// after every run are the simulator's and `journey simulate`'s for the same inputs.
@Suite struct LiveSimulationTests {
  let samples: SimulationWorkspace
  let workspace: Workspace
  let driver: LiveDriver

  init() throws {
    samples = try SimulationWorkspace()
    workspace = try samples.workspace()
    driver = LiveDriver(workspace: workspace, journey: samples.journeyURL)
  }

  private func reference() throws -> Simulator {
    try SimulationReference.simulator(
      SimulationWorkspace.journey, workspace: workspace, from: SimulationWorkspace.from,
      to: SimulationWorkspace.to)
  }

  @Test func countsOnScreenMatchTheSimulatorAfterEveryRun() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    let simulator = try reference()
    SimulationReference.expectScreen(driver, shows: simulator.snapshot())
    #expect(driver.row(2).contains("❚❚ paused · not started · run 0 of 7"))

    for _ in 1...7 {
      driver.press(".")
      simulator.step()
      SimulationReference.expectScreen(driver, shows: simulator.snapshot())
    }
    #expect(driver.row(2).contains("■ over · Sat 2026-03-07 09:00 · run 7 of 7"))
    #expect(driver.row(3).contains(
      "entered 5 · completed 4 · exited 1 (exit rule 1) · inside 0 │ email 1 · crm 1"))
    #expect(driver.counts(of: "plan") == ["0", "4", ""])
    #expect(driver.counts(of: "buy") == ["0", "2", ""])
    #expect(driver.branchCount(of: "buy") == "2")
    #expect(driver.branchCount(of: "stop-other") == "2")
    #expect(driver.branchCount(of: "email") == "1")
    #expect(driver.branchCount(of: "crm") == "1")

    driver.press(".")
    #expect(driver.statusLine.contains("the simulation is over: r starts it again"))
  }

  @Test(.enabled(if: Tmux.journeyBinary != nil, "needs the journey binary beside the tests"))
  func countsMatchJourneySimulateAtEveryClock() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    let simulator = try reference()
    for day in 1...7 {
      driver.press(".")
      simulator.step()
      let report = simulator.snapshot()
      let json = try #require(try SimulationReference.cli(
        file: samples.journeyURL, from: SimulationWorkspace.from,
        to: "2026-03-0\(day)T09:00:00Z"))
      SimulationReference.expectCLI(json, matches: report)
      SimulationReference.expectScreen(driver, shows: report)
    }
  }

  @Test func everyRunIsRecordedAsSimulated() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press(".", ".", ".")
    let simulator = try reference()
    let results = (0..<3).compactMap { _ in simulator.step() }

    let history = try RunHistory(workspace: samples.root)
    defer { history.close() }
    let runs = try history.runs(journeyID: "offers")
    #expect(runs.count == 3)
    #expect(runs.allSatisfy { $0.runType == .simulated && $0.simulationID != nil })
    #expect(Set(runs.compactMap(\.simulationID)).count == 1)
    #expect(runs.reversed().map(\.entered) == results.map(\.entered))
    #expect(runs.reversed().map(\.exited) == results.map(\.exitedCount))
    #expect(runs.first?.contactsOnStep == NamedRunCounts(
      results[2], plan: simulator.plan).contactsOnStep)
  }

  @Test func runUntilADateAndPlayToTheEnd() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press("g")
    driver.type("2026-03-04")
    driver.press("enter")
    let simulator = try reference()
    for _ in 1...4 { simulator.step() }
    SimulationReference.expectScreen(driver, shows: simulator.snapshot())
    #expect(driver.row(2).contains("Wed 2026-03-04 09:00 · run 4 of 7"))

    driver.press("g")
    driver.type("2026-03-02")
    driver.press("enter")
    #expect(driver.statusLine.contains("the clock is past 2026-03-02 already"))

    driver.press("+", "+")
    #expect(driver.statusLine.contains("speed: 50 runs/s"))
    driver.press("space")
    simulator.runToEnd()
    SimulationReference.expectScreen(driver, shows: simulator.snapshot())
    #expect(driver.statusLine.contains("the simulation is over: 7 runs to Sat 2026-03-07"))
    #expect(driver.app.state.simulation?.playing == false)
  }

  @Test func anEditRestartsOnTheNewVersionAndCatchesUp() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press(".", ".", ".")
    driver.press("j", "a")
    driver.type("wait")
    driver.press("enter")
    #expect(driver.statusLine.contains(
      "the journey changed: the simulation started again on the edited version and ran up to "
        + "the same clock"))

    let edited = try #require(driver.app.state.editor?.journey)
    #expect(edited.steps.count == SimulationWorkspace.journey.steps.count + 1)
    let simulator = try SimulationReference.simulator(
      edited, workspace: workspace, from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    for _ in 1...3 { simulator.step() }
    SimulationReference.expectScreen(driver, shows: simulator.snapshot())
    #expect(driver.counts(of: "wait-1") != nil)

    driver.press("ctrl-s")
    #expect(driver.statusLine.contains("saved offers.json"))
    #expect(driver.row(2).contains("run 3 of 7"))
    SimulationReference.expectScreen(driver, shows: simulator.snapshot())
  }

  @Test func compareShowsWhatTheDraftChangesPerStep() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press("C")
    #expect(driver.statusLine.contains("nothing to compare: the journey is the same as the saved"))

    driver.press("j", "d", "o", "C")
    let edited = try #require(driver.app.state.editor?.journey)
    let saved = try reference()
    saved.runToEnd()
    let draft = try SimulationReference.simulator(
      edited, workspace: workspace, from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    draft.runToEnd()
    let comparison = ReportComparison(saved: saved.snapshot(), draft: draft.snapshot())
    #expect(driver.statusLine.contains("compared with the saved file: "
      + CompareView.summary(comparison)))
    for step in comparison.steps {
      let expected = [
        step.saved.map { CountText.number($0.arrived) } ?? "new",
        step.draft.map { CountText.number($0.arrived) } ?? "removed",
        CountText.change(step.arrivedChange),
      ]
      if step.draft != nil { #expect(driver.counts(of: step.id) == expected, "\(step.id)") }
    }
    #expect(driver.counts(of: "wait") == nil)
    #expect(driver.statusLine.contains("compared with the saved file: email -1, crm +1"))
    #expect(driver.screen.contains(CompareView.row("activations email", "1", "0", "-1")))
    #expect(driver.screen.contains(CompareView.row("activations crm", "1", "2", "+1")))
    #expect(driver.screen.contains(CompareView.row("Wait 1 day", "5", "-", "removed")))
  }

  @Test func setupIsRememberedAndBadTimesAreRefusedInTheForm() throws {
    driver.press("S", "down")
    driver.type("March 1")
    driver.press("enter")
    guard case .simulationSetup(let form) = driver.app.state.mode else {
      Issue.record("the form closed on a bad start")
      return
    }
    #expect(form.error == "the start needs an ISO 8601 date or date-time such as 2026-03-01 "
      + "or 2026-03-01T09:00:00Z, not \"March 1\"")
    #expect(driver.screen.contains("the start needs an ISO 8601 date or date-time"))
    driver.press("escape")

    driver.startSimulation(from: "2026-03-02", to: "2026-03-05", schedule: "every 12 hours")
    #expect(driver.row(2).contains("run 0 of 8"))
    #expect(driver.row(2).contains("every 12 hours"))
    let remembered = SetupStore(workspace: workspace).read(journeyID: "offers")
    #expect(remembered == SimulationSetup(
      from: "2026-03-02", to: "2026-03-05", schedule: "every 12 hours"))

    driver.press("escape")
    #expect(driver.app.state.simulation == nil)
    #expect(driver.statusLine.contains("left the simulation"))
    driver.press("S")
    guard case .simulationSetup(let again) = driver.app.state.mode else {
      Issue.record("no setup form")
      return
    }
    #expect(again.setup == remembered)
  }

  @Test func followAContactByIdWithCompletion() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press(".", ".", ".", "f")
    driver.press("tab")
    guard case .prompt(let prompt) = driver.app.state.mode else {
      Issue.record("no prompt")
      return
    }
    #expect(prompt.label == "Follow contact (6 match: c1 c2 c3 …): ")
    #expect(prompt.field.text == "c")
    driver.type("9")
    driver.press("tab")
    #expect(driver.statusLine.hasPrefix("Follow contact (no id starts with \"c9\"): c9"))
    driver.press("backspace")
    driver.type("1")
    driver.press("enter")
    #expect(driver.app.state.simulation?.followed == "c1")
    #expect(driver.screen.contains("Contact c1 · on Pause Until purchase, timeout 2 days"))
    #expect(driver.screen.contains("took Pro 2026-03-02 08:00 (run 2026-03-02 09:00):"))
    #expect(driver.screen.contains("    plan = pro"))

    driver.press("f", "ctrl-u", "enter")
    #expect(driver.app.state.simulation?.followed == nil)
    #expect(driver.statusLine.contains("stopped following"))
  }

  @Test func followOneOfTheContactsOnTheSelectedStep() throws {
    driver.startSimulation(from: SimulationWorkspace.from, to: SimulationWorkspace.to)
    driver.press(".", ".", ".")
    while driver.app.state.editor?.selection != .step("buy") { driver.press("j") }
    #expect(driver.counts(of: "buy")?.first == "2")
    driver.press("F")
    guard case .picker(let picker) = driver.app.state.mode else {
      Issue.record("no contact picker")
      return
    }
    #expect(picker.title == "Follow a contact on buy (2, after run 3)")
    #expect(picker.choices.map(\.value) == ["c1", "c3"])
    driver.press("down", "enter")
    #expect(driver.app.state.simulation?.followed == "c3")
    #expect(driver.app.state.simulation?.view == .contact)
  }
}
