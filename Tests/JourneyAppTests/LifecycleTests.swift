import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct LifecycleTests {
  @Test func publishIsRefusedWhileThereAreErrors() throws {
    let samples = try SampleWorkspace(invalid: true)
    let driver = try AppDriver(samples)
    driver.open("activate-without-destination")
    driver.press("P")
    let text = try #require(driver.dialogText)
    #expect(
      text.hasPrefix(
        "Publish refused | Cannot publish: the journey has 1 error. Fix it "
          + "and publish again. | ✗ Activate"))
    #expect(driver.statusLine == "✗ Publish refused: 1 error")
    driver.press("enter")
    #expect(driver.app.state.mode.isNormal)
    #expect(try samples.journey("activate-without-destination").status == .draft)
  }

  @Test func warningsMustBeAcknowledgedToPublish() throws {
    let samples = try SampleWorkspace(invalid: true)
    let driver = try AppDriver(samples)
    driver.open("pause-without-timeout")
    driver.press("P")
    let text = try #require(driver.dialogText)
    #expect(text.hasPrefix("Publish checklist | The checklist found 1 warning to acknowledge:"))
    driver.press("enter")
    #expect(try samples.journey("pause-without-timeout").status == .draft)

    driver.press("P", "left", "enter")
    let published = try samples.journey("pause-without-timeout")
    #expect(published.status == .active)
    #expect(published.version == 1)
    let archive = samples.root.appendingPathComponent(
      ".journey/versions/pause-without-timeout/v1.json")
    #expect(FileManager.default.fileExists(atPath: archive.path))
    #expect(
      driver.statusLine
        == "✓ published as version 1: the journey is Active and read-only now")
    #expect(driver.app.state.editor?.undoStack.isEmpty == true)
    driver.press("a")
    #expect(driver.statusLine == "! this journey is Active: pause it to make changes (:pause)")
  }

  @Test func pauseThenEditThenResumeRaisesTheVersion() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.open("welcome-series")
    driver.press("P")
    #expect(driver.statusLine == "! only a Draft can be published; this journey is Active")
    driver.press("Z")
    #expect(try samples.journey("welcome-series").status == .paused)
    #expect(driver.statusLine.hasPrefix("✓ paused: the journey does not run and can be edited"))

    driver.selectStep("wait-1-day")
    driver.press("a")
    driver.type("wait")
    driver.press("enter")
    #expect(driver.app.state.editor?.isDirty == true)
    driver.press("R")
    #expect(driver.dialogText?.hasPrefix("Resume checklist | The checklist") == true)
    driver.press("left", "enter")
    let resumed = try samples.journey("welcome-series")
    #expect(resumed.status == .active)
    #expect(resumed.version == 2)
    #expect(resumed.step("wait-1") != nil)
    #expect(driver.app.state.editor?.isDirty == false)
  }

  @Test func pauseIsOnlyForActiveJourneys() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.press("Z")
    #expect(driver.statusLine == "! only an Active journey can be paused; this journey is Draft")
    driver.press("R")
    #expect(driver.statusLine == "! only a Paused journey can be resumed; this journey is Draft")
  }

  @Test func aCleanDraftPublishesAfterConfirmation() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.open("win-back-lapsed-customers")
    driver.press(":")
    driver.type("publish")
    driver.press("enter")
    #expect(
      driver.dialogText == "Publish checklist | The checklist is clean. Publish \"Win back "
        + "lapsed customers\" as version 1? | It becomes Active and cannot be edited until it is "
        + "paused.")
    driver.press("p")
    #expect(try samples.journey("win-back-lapsed-customers").status == .active)
  }
}
