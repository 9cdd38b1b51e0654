import Foundation
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct SnapshotTests {
  @Test func journeysList() throws {
    Snapshot.assert(try AppDriver(SampleWorkspace()).buffer, named: "list-80x24")
    Snapshot.assert(
      try AppDriver(SampleWorkspace(), width: 120, height: 40).buffer, named: "list-120x40")
  }

  @Test func canvasWithTheInspectorBelowAndBeside() throws {
    let narrow = try AppDriver(SampleWorkspace())
    narrow.open("win-back-lapsed-customers")
    narrow.selectStep("by-tier")
    Snapshot.assert(narrow.buffer, named: "canvas-segment-80x24")

    let wide = try AppDriver(SampleWorkspace(), width: 120, height: 40)
    wide.open("win-back-lapsed-customers")
    wide.selectStep("by-tier")
    Snapshot.assert(wide.buffer, named: "canvas-segment-120x40")
  }

  @Test func canvasWithProblems() throws {
    let narrow = try AppDriver(SampleWorkspace(invalid: true))
    narrow.open("duplicate-destination-on-path")
    narrow.press("]")
    Snapshot.assert(narrow.buffer, named: "canvas-problems-80x24")

    let wide = try AppDriver(SampleWorkspace(invalid: true), width: 120, height: 40)
    wide.open("segment-group-without-values")
    wide.press("]")
    Snapshot.assert(wide.buffer, named: "canvas-problems-120x40")
  }

  @Test func asciiDrawing() throws {
    let driver = try AppDriver(SampleWorkspace(invalid: true), settings: AppSettings(ascii: true))
    driver.open("branch-not-connected-pause-until")
    Snapshot.assert(driver.buffer, named: "canvas-ascii-80x24")
  }

  @Test func overlays() throws {
    let help = try AppDriver(SampleWorkspace())
    help.open("win-back-lapsed-customers")
    help.press("?")
    Snapshot.assert(help.buffer, named: "help-80x24")
    help.type("fold")
    Snapshot.assert(help.buffer, named: "help-filtered-80x24")

    let picker = try AppDriver(SampleWorkspace())
    picker.open("win-back-lapsed-customers")
    picker.press("a")
    Snapshot.assert(picker.buffer, named: "add-step-picker-80x24")

    let refused = try AppDriver(SampleWorkspace(invalid: true))
    refused.open("segment-without-groups")
    refused.press("P")
    Snapshot.assert(refused.buffer, named: "publish-refused-80x24")
  }

  @Test func tooSmall() throws {
    let driver = try AppDriver(SampleWorkspace(), width: 50, height: 12)
    Snapshot.assert(driver.buffer, named: "too-small-50x12")
    #expect(driver.press("j") == .none)
    #expect(driver.press("q") == .quit)
  }

  @Test func resizeRelaysOutTheEditor() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    #expect(driver.app.handle(.resize(Size(width: 120, height: 40))) == .relayout)
    #expect(driver.buffer.size == Size(width: 120, height: 40))
    #expect(driver.row(2).contains("┐┌ 2 Inspector ─"))
    #expect(driver.app.handle(.resize(Size(width: 59, height: 30))) == .relayout)
    #expect(driver.screen.contains("Terminal too small: 59x30."))
  }

  @Test func tooSmallNeverQuitsOverUnsavedChanges() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("wait-2-days")
    driver.press("a")
    driver.type("wait")
    driver.press("enter")
    #expect(driver.app.hasUnsavedChanges)
    _ = driver.app.handle(.resize(Size(width: 40, height: 10)))
    #expect(driver.screen.contains("Enlarge it to save your changes."))
    #expect(driver.press("q") == .none)
    #expect(driver.press("ctrl-c") == .none)
    _ = driver.app.handle(.resize(Size(width: 80, height: 24)))
    #expect(driver.app.hasUnsavedChanges)
  }
}
