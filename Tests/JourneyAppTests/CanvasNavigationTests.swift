import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct CanvasNavigationTests {
  @Test func enterOpensTheCanvasWithHeaderAndBreadcrumb() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    #expect(driver.app.state.screen == .editor)
    #expect(driver.app.state.focus == .canvas)
    #expect(driver.row(0).hasPrefix(" Journeys › Win back lapsed customers · Draft · v0"))
    #expect(driver.row(0).hasSuffix("✓ valid"))
    #expect(driver.row(1) == " Start")
    #expect(driver.row(3) == "│  ▶ Start" + String(repeating: " ", count: 69) + "│")
    #expect(driver.row(6).hasPrefix("│  ├─ Gold → ➤ Activate email, ads  \"VIP offer by email"))
    #expect(driver.row(11).hasPrefix("│     ■ Stop"))
  }

  @Test func arrowsAndVimKeysFollowTheTree() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.press("j", "j")
    #expect(driver.app.state.editor?.selection == .step("by-tier"))
    driver.press("l")
    #expect(driver.app.state.editor?.selection == .step("gold-offer"))
    #expect(
      driver.row(1) == " Start › Wait 2 days › Split by tier › Gold › VIP offer by email and ads")
    driver.press("G")
    #expect(driver.app.state.editor?.selection == .step("stop-bronze"))
    driver.press("h")
    #expect(driver.app.state.editor?.selection == .step("bronze-offer"))
    driver.press("h")
    #expect(driver.app.state.editor?.selection == .step("by-tier"))
    driver.press("g")
    #expect(driver.app.state.editor?.selection == .step("start"))
    driver.press("h")
    #expect(driver.statusLine == "! Start is the first step: nothing comes before it")
    driver.press("pgdn")
    #expect(driver.app.state.editor?.selection == .step("stop-bronze"))
    driver.press("k", "up")
    #expect(driver.app.state.editor?.selection == .step("stop-silver"))
  }

  @Test func spaceFoldsABranchAndUnfoldsIt() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("by-tier")
    driver.press("space")
    #expect(driver.app.state.editor?.rows.count == 3)
    #expect(driver.row(5).contains("◆ Segment on tier: Gold | Silver | other  [+6 steps folded]"))
    driver.press("l")
    #expect(driver.statusLine == "! its branches are folded: press Space")
    driver.press("space")
    #expect(driver.app.state.editor?.rows.count == 9)

    driver.press("j")
    driver.press("k", "space")
    driver.selectStep("stop")
    driver.press("g", "j")
    driver.press("space")
    #expect(driver.statusLine == "! only a Segment or a Pause Until has branches to fold")
  }

  @Test func emptyPathsHaveRowsThatTakeNewSteps() throws {
    let samples = try SampleWorkspace()
    try JourneyFixtures.add(JourneyFixtures.openBranches(), to: samples)
    let driver = try AppDriver(samples)
    driver.open("branches")
    #expect(driver.row(6).hasPrefix("│✗ ├─ Silver → (empty)"))
    #expect(driver.row(7).hasPrefix("│✗ └─ other → (empty)"))
    driver.press("j", "j", "j")
    #expect(driver.app.state.editor?.selection == .emptyPath(parent: "by-tier", label: .group(1)))
    #expect(driver.row(1) == " Start › Segment on tier: Gold | Silver | other › Silver › (empty)")

    driver.press("a")
    #expect(driver.screen.contains("Add a step"))
    driver.type("stop")
    driver.press("enter")
    let editor = try #require(driver.app.state.editor)
    #expect(editor.selection == .step("stop-1"))
    #expect(driver.row(6).hasPrefix("│  ├─ Silver → ■ Stop"))
    #expect(editor.problems.map(\.code) == [.branchNotConnected])
  }

  @Test func fiveHundredStepsScrollToKeepTheSelectionInView() throws {
    let samples = try SampleWorkspace()
    try JourneyFixtures.add(JourneyFixtures.chain(count: 500), to: samples)
    let driver = try AppDriver(samples)
    driver.open("long")
    #expect(driver.app.state.editor?.rows.count == 500)
    driver.press("G")
    #expect(driver.app.state.editor?.selection == .step("stop"))
    #expect(driver.row(11).hasPrefix("│  ■ Stop"))
    #expect(driver.row(10).hasPrefix("│! ◷ Wait 1 day"))
    #expect(driver.statusLine.hasPrefix("row 500 of 500 · stop"))
    #expect(driver.row(1).hasPrefix(" … › Wait 1 day › Wait 1 day"))
    #expect(driver.row(1).hasSuffix("Wait 1 day › Stop"))
    #expect(driver.row(1).count <= 80)

    driver.press("pgup")
    #expect(driver.app.state.editor?.selectedRow == 490)
    #expect(driver.row(3).hasPrefix("│  ◷ Wait 1 day"))
    driver.press("ctrl-u")
    #expect(driver.app.state.editor?.selectedRow == 486)
    driver.press("g")
    #expect(driver.row(3).hasPrefix("│  ▶ Start"))
  }

  @Test func searchFindsStepsByNameOrSummaryWithNextAndPrevious() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.press("/")
    driver.type("offer")
    driver.press("enter")
    #expect(driver.app.state.editor?.selection == .step("gold-offer"))
    #expect(driver.statusLine == "match 1 of 3 for \"offer\"")
    driver.press("n", "n")
    #expect(driver.app.state.editor?.selection == .step("bronze-offer"))
    driver.press("n")
    #expect(driver.app.state.editor?.selection == .step("gold-offer"))
    driver.press("N")
    #expect(driver.app.state.editor?.selection == .step("bronze-offer"))

    driver.press("/")
    driver.type("nothing like it")
    driver.press("enter")
    #expect(driver.statusLine == "! no step matches \"nothing like it\"")
  }

  @Test func searchUnfoldsTheBranchOfTheMatch() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("by-tier")
    driver.press("space", "/")
    driver.type("sms")
    driver.press("enter")
    #expect(driver.app.state.editor?.selection == .step("bronze-offer"))
    #expect(driver.app.state.editor?.collapsed.isEmpty == true)
  }

  @Test func tabCyclesPanesAndEscReturnsToTheCanvas() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.press("tab")
    #expect(driver.app.state.focus == .inspector)
    driver.press("tab")
    #expect(driver.app.state.focus == .problems)
    driver.press("backtab", "backtab")
    #expect(driver.app.state.focus == .canvas)
    driver.press("2", "esc")
    #expect(driver.app.state.focus == .canvas)
  }
}
