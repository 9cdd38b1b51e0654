import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct ValidationInlineTests {
  @Test func problemsPaneCountsAndListsEveryProblem() throws {
    let driver = try AppDriver(SampleWorkspace(invalid: true), width: 120, height: 40)
    driver.open("activate-without-destination")
    let editor = try #require(driver.app.state.editor)
    let summary = ValidationSummary(editor.problems)
    #expect(driver.screen.contains("┌ 3 Problems · \(summary) "))
    for problem in editor.problems {
      let start = String(problem.message.prefix(30))
      #expect(driver.screen.contains(start), "missing: \(start)")
    }
    #expect(driver.row(0).hasSuffix(summary.description))
  }

  @Test func bracketsJumpBetweenStepsWithProblems() throws {
    let samples = try SampleWorkspace()
    var journey = JourneyFixtures.openBranches()
    journey.steps[1].kind = .segment(
      SegmentStep(
        field: "tier",
        groups: [
          SegmentGroup(name: "Gold", values: ["gold"], next: "stop-gold"),
          SegmentGroup(name: "Silver", values: []),
        ]))
    try JourneyFixtures.add(journey, to: samples)
    let driver = try AppDriver(samples)
    driver.open("branches")
    #expect(
      driver.app.state.editor?.problems.map(\.code)
        == [.segmentGroupWithoutValues, .branchNotConnected, .branchNotConnected])

    driver.press("]")
    #expect(driver.app.state.editor?.selection == .step("by-tier"))
    #expect(driver.statusLine.hasPrefix("✗ Group \"Silver\" of Segment \"by-tier\" has no values"))
    driver.press("]")
    #expect(driver.app.state.editor?.selection == .emptyPath(parent: "by-tier", label: .group(1)))
    driver.press("]")
    #expect(driver.app.state.editor?.selection == .emptyPath(parent: "by-tier", label: .other))
    driver.press("]")
    #expect(driver.app.state.editor?.selection == .step("by-tier"))
    driver.press("[")
    #expect(driver.app.state.editor?.selection == .emptyPath(parent: "by-tier", label: .other))
  }

  @Test func enterOnAProblemSelectsItsStep() throws {
    let driver = try AppDriver(SampleWorkspace(invalid: true))
    driver.open("wait-too-long")
    let problem = try #require(driver.app.state.editor?.problems.first)
    driver.press("3")
    #expect(driver.screen.contains("┌ 3 Problems · 1 error"))
    driver.press("enter")
    #expect(driver.app.state.focus == .canvas)
    #expect(driver.app.state.editor?.selection == .step(try #require(problem.stepID)))
  }

  @Test func journeyWideProblemsMarkStartAndShowInItsInspector() throws {
    let driver = try AppDriver(SampleWorkspace(invalid: true))
    driver.open("no-entry-rule")
    let start = try #require(driver.rowIndex(containing: "▶ Start"))
    #expect(driver.row(start).hasPrefix("│✗ ▶ Start"))
    #expect(driver.screen.contains("✗ The journey has no entry rule"))
    driver.selectField("Entry rules")
    let row = try #require(driver.rowIndex(containing: "Entry rules"))
    #expect(driver.row(row).hasPrefix("│✗ Entry rules"))
  }

  @Test func noProblemsMeansNothingToJumpTo() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.press("]")
    #expect(driver.statusLine == "! no problems: the journey validates cleanly")
  }

  @Test func everyInvalidSampleShowsItsMarkerOnTheCanvas() throws {
    let samples = try SampleWorkspace(invalid: true)
    let driver = try AppDriver(samples, width: 120, height: 40)
    for entry in driver.app.state.list.entries {
      driver.open(entry.fileID)
      let editor = try #require(driver.app.state.editor)
      #expect(!editor.problems.isEmpty, "\(entry.fileID) has no problem")
      let worst: ProblemSeverity = editor.problems.contains(where: \.isError) ? .error : .warning
      let marker = worst == .error ? "✗" : "!"
      let markedRows = editor.rows.filter { row in
        switch row.target {
        case .step(let id): return editor.stepMarkers[id] == worst
        case .emptyPath: return editor.pathMarkers[row.target] == worst
        }
      }
      #expect(!markedRows.isEmpty || editor.collapsed.count > 0, "\(entry.fileID)")
      #expect(driver.screen.contains("│\(marker) "), "\(entry.fileID) shows no \(marker)")
      driver.press("q")
    }
  }
}
