import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct EditingTests {
  /// Opens win-back, adds a Wait after "Wait 2 days" and focuses its Amount field.
  private func driverOnNewWaitAmount() throws -> AppDriver {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("wait-2-days")
    driver.press("a")
    driver.type("wait")
    driver.press("enter", "e", "j", "j", "j")
    return driver
  }

  @Test func invalidDurationShowsMarkerAndSentenceUntilUndone() throws {
    let driver = try driverOnNewWaitAmount()
    #expect(driver.app.state.editor?.selection == .step("wait-1"))
    #expect(driver.app.state.inspectorRow?.label == "Amount")

    driver.press("enter")
    #expect(driver.statusLine == "Amount: 1")
    driver.press("ctrl-u")
    driver.type("400")
    driver.press("enter")

    let canvasRow = try #require(driver.rowIndex(containing: "◷ Wait 400 days"))
    #expect(driver.row(canvasRow).hasPrefix("│✗ ◷ Wait 400 days"))
    #expect(driver.screen.contains("✗ Wait \"wait-1\" lasts 400 days"))
    let amountRow = try #require(driver.rowIndex(containing: "Amount"))
    #expect(driver.row(amountRow).hasPrefix("│✗ Amount           400"))
    #expect(driver.row(0).hasSuffix("● unsaved  1 error"))

    driver.press("u")
    #expect(driver.rowIndex(containing: "400") == nil)
    #expect(driver.rowIndex(containing: "✗") == nil)
    #expect(driver.app.state.editor?.journey.step("wait-1") != nil)
    #expect(driver.statusLine == "undone (1 more to undo)")

    driver.press("ctrl-r")
    #expect(driver.rowIndex(containing: "Wait 400 days") != nil)
  }

  @Test func aWordWhereANumberBelongsIsRefusedWithTheReason() throws {
    let driver = try driverOnNewWaitAmount()
    driver.press("enter", "ctrl-u")
    driver.type("soon")
    driver.press("enter")
    #expect(
      driver.statusLine
        == "! The amount must be a whole number, and \"soon\" is not: type digits, such as 3")
    #expect(driver.app.state.editor?.undoStack.count == 1)
  }

  @Test func choosingTheUnitUsesAPicker() throws {
    let driver = try driverOnNewWaitAmount()
    driver.press("j", "enter")
    #expect(driver.screen.contains("┌ Unit"))
    driver.type("wee")
    driver.press("enter")
    guard case .wait(let wait)? = driver.app.state.editor?.journey.step("wait-1")?.kind else {
      Issue.record("wait-1 is not a Wait")
      return
    }
    #expect(wait.mode == .duration(TimeSpan(1, .weeks)))
  }

  @Test func activeJourneysRefuseEveryEditAndSayWhy() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("welcome-series")
    #expect(driver.row(0).contains("Active · v1 · read-"))
    let refusal = "! this journey is Active: pause it to make changes (:pause)"
    for key in ["a", "d", "x", "i", "u"] {
      driver.press("g", "j", key)
      #expect(driver.statusLine == refusal, "key \(key)")
    }
    driver.press("e", "j", "enter")
    #expect(driver.statusLine == refusal)
    #expect(driver.app.state.mode.isNormal)
  }

  @Test func saveWritesTheFileAndClearsTheDirtyMarker() throws {
    let driver = try driverOnNewWaitAmount()
    let samples = driver.workspace
    #expect(driver.row(0).contains("● unsaved"))
    let recovery = samples.root.appendingPathComponent(
      ".journey/recovery/win-back-lapsed-customers.json")
    #expect(FileManager.default.fileExists(atPath: recovery.path))

    driver.press("ctrl-s")
    #expect(!driver.row(0).contains("unsaved"))
    #expect(driver.statusLine == "✓ saved win-back-lapsed-customers.json")
    #expect(!FileManager.default.fileExists(atPath: recovery.path))
    let saved = try samples.journey("win-back-lapsed-customers")
    #expect(saved.step("wait-1") != nil)
    #expect(saved.step("wait-2-days")?.paths.first?.target == "wait-1")
    #expect(saved.updatedAt == Int64(AppDriver.fixedNow.timeIntervalSince1970))
  }

  @Test func closingWithUnsavedChangesAsksAndDiscardKeepsTheFile() throws {
    let driver = try driverOnNewWaitAmount()
    let before = try driver.workspace.journey("win-back-lapsed-customers")
    driver.press("esc", "q")
    #expect(
      driver.dialogText
        == "Unsaved changes | \"Win back lapsed customers\" has unsaved changes. Save them first?")
    driver.press("esc")
    #expect(driver.app.state.screen == .editor)
    driver.press("q", "d")
    #expect(driver.app.state.screen == .list)
    #expect(try driver.workspace.journey("win-back-lapsed-customers") == before)
  }

  @Test func quittingWithUnsavedChangesCanSaveFirst() throws {
    let driver = try driverOnNewWaitAmount()
    driver.press("esc", "ctrl-c")
    #expect(driver.press("s") == .quit)
    #expect(try driver.workspace.journey("win-back-lapsed-customers").step("wait-1") != nil)
  }

  @Test func aRecoveryFileIsOfferedOnTheNextOpen() throws {
    let samples = try SampleWorkspace()
    let first = try AppDriver(samples)
    first.open("win-back-lapsed-customers")
    first.selectStep("wait-2-days")
    first.press("a")
    first.type("stop")
    first.press("enter")
    #expect(first.statusLine.hasPrefix("! a Stop ends its path, but this path goes on"))
    first.press("a")
    first.type("activate")
    first.press("enter")

    let second = try AppDriver(samples)
    second.open("win-back-lapsed-customers")
    #expect(
      second.dialogText?.hasPrefix(
        "Recover changes | \"Win back lapsed customers\" has changes that were never saved") == true
    )
    second.press("enter")
    let editor = try #require(second.app.state.editor)
    #expect(editor.isDirty)
    #expect(editor.journey.step("activate-1") != nil)
    #expect(second.statusLine == "✓ recovered the unsaved changes: save them with ctrl-s or :w")
  }

  @Test func deleteAsksAndCanKeepTheStepsAfter() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("gold-offer")
    driver.press("d")
    #expect(
      driver.dialogText == "Delete step | Delete \"VIP offer by email and ads\" and the step "
        + "after it? \"Only this\" keeps them, joined to the step before.")
    driver.press("o")
    let journey = try #require(driver.app.state.editor?.journey)
    #expect(journey.step("gold-offer") == nil)
    guard case .segment(let segment)? = journey.step("by-tier")?.kind else {
      Issue.record("by-tier is not a Segment")
      return
    }
    #expect(segment.groups[0].next == "stop-gold")
    #expect(driver.app.state.editor?.selection == .step("stop-gold"))

    driver.selectStep("silver-offer")
    driver.press("d", "d")
    let after = try #require(driver.app.state.editor)
    #expect(after.journey.step("silver-offer") == nil)
    #expect(after.journey.step("stop-silver") == nil)
    #expect(after.selection == .emptyPath(parent: "by-tier", label: .group(1)))
    #expect(after.problems.map(\.code) == [.branchNotConnected])
  }

  @Test func startCannotBeDeleted() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.press("d")
    #expect(
      driver.statusLine
        == "! Start cannot be removed or moved, and nothing can come before it")
  }

  @Test func cutAndPasteMoveASubtree() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("silver-offer")
    driver.press("x")
    #expect(driver.statusLine == "cut 2 steps: select where they go and press p")
    #expect(driver.app.state.editor?.selection == .emptyPath(parent: "by-tier", label: .group(1)))

    driver.press("p")
    #expect(driver.app.state.editor?.selection == .step("silver-offer"))
    #expect(driver.app.state.editor?.problems.isEmpty == true)

    driver.selectStep("wait-2-days")
    driver.press("p")
    #expect(driver.statusLine.hasPrefix("! the cut steps end in a Stop or a branch"))
    driver.selectStep("stop-gold")
    driver.press("p")
    #expect(driver.statusLine.hasPrefix("! a Stop ends its path: nothing can follow it"))
  }

  @Test func pasteTwiceRenamesTheCopy() throws {
    let samples = try SampleWorkspace()
    try JourneyFixtures.add(JourneyFixtures.openBranches(), to: samples)
    let driver = try AppDriver(samples)
    driver.open("branches")
    driver.selectStep("stop-gold")
    driver.press("x", "p")
    driver.press("j", "p")
    let journey = try #require(driver.app.state.editor?.journey)
    #expect(journey.steps.map(\.id).sorted() == ["by-tier", "start", "stop-1", "stop-gold"])
    #expect(driver.app.state.editor?.selection == .step("stop-1"))
  }

  @Test func groupsMoveUpAndDownWithTheirBranch() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("gold-offer")
    driver.press("K")
    #expect(driver.statusLine == "! this group is first already")
    driver.press("J")
    guard case .segment(let segment)? = driver.app.state.editor?.journey.step("by-tier")?.kind
    else {
      Issue.record("by-tier is not a Segment")
      return
    }
    #expect(segment.groups.map(\.name) == ["Silver", "Gold"])
    #expect(segment.groups[1].next == "gold-offer")
    #expect(driver.app.state.editor?.selection == .step("gold-offer"))
    let row = try #require(driver.rowIndex(containing: "Gold →"))
    #expect(driver.row(row).hasPrefix("│  ├─ Gold → ➤ Activate email, ads"))
    driver.selectStep("wait-2-days")
    driver.press("J")
    #expect(driver.statusLine == "! the selection is not inside a Segment group")
  }

  @Test func insertBeforePutsTheStepOnThePathToTheSelection() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("gold-offer")
    driver.press("i")
    driver.type("wait")
    driver.press("enter")
    let journey = try #require(driver.app.state.editor?.journey)
    guard case .segment(let segment)? = journey.step("by-tier")?.kind else {
      Issue.record("by-tier is not a Segment")
      return
    }
    #expect(segment.groups[0].next == "wait-1")
    #expect(journey.step("wait-1")?.paths.first?.target == "gold-offer")
  }

  @Test func addingAfterABranchingStepIsRefused() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("by-tier")
    driver.press("a")
    #expect(driver.statusLine.hasPrefix("! a Segment has several paths: select one of its"))
  }
}

/// Saving never overwrites a change another program made to the file.
@Suite struct DiskConflictTests {
  @Test func saveRefusesWhenTheFileWasPublishedMeanwhile() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.open("win-back-lapsed-customers")
    driver.selectStep("wait-2-days")
    driver.press("a")
    driver.type("wait")
    driver.press("enter")
    #expect(driver.app.hasUnsavedChanges)

    let url = samples.journeyURL("win-back-lapsed-customers")
    let workspace = try samples.workspace()
    let published = try Lifecycle.publish(
      try samples.journey("win-back-lapsed-customers"), hub: workspace.hub,
      acceptWarnings: true, at: 1_796_115_600)
    try workspace.save(published, to: url)

    driver.press("ctrl-s")
    #expect(driver.statusLine == "✗ not saved: the file changed on disk (now Active v1); "
      + "reopen it")
    #expect(try samples.journey("win-back-lapsed-customers") == published)
  }
}
