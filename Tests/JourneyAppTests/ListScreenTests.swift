import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct ListScreenTests {
  @Test func listsEveryJourneyWithStatusModeUpdatedAndProblems() throws {
    let driver = try AppDriver(SampleWorkspace())
    #expect(driver.row(0).hasPrefix(" Journeys · samples"))
    #expect(driver.row(0).hasSuffix("7 journeys"))
    #expect(
      driver.row(1)
        == " NAME ▾                     STATUS   MODE                UPDATED     PROBLEMS")
    #expect(
      driver.row(2)
        == " Contract check-in by plan  Paused   daily at 10:00      2026-11-29  ✓ ok")
    #expect(
      driver.row(7)
        == " Welcome series for first…  Active   daily at 09:00      2026-11-28  ✓ ok")
    #expect(driver.statusLine == "sorted by name")
  }

  @Test func sortCyclesThroughNameStatusAndUpdated() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.press("s")
    #expect(driver.app.state.list.sort == .status)
    #expect(
      driver.app.state.list.visible.map(\.fileID).prefix(2)
        == ["welcome-series", "contract-check-in"])
    #expect(driver.statusLine == "sorted by status")
    driver.press("s")
    #expect(driver.app.state.list.visible.first?.fileID == "month-to-month-welcome")
    driver.press("s")
    #expect(driver.app.state.list.sort == .name)
  }

  @Test func filterKeepsMatchingNamesAndEscClearsIt() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.press("/")
    driver.type("welcome")
    #expect(
      driver.app.state.list.visible.map(\.fileID)
        == ["month-to-month-welcome", "welcome-series"])
    driver.press("enter")
    #expect(driver.statusLine == "sorted by name · filter \"welcome\"")
    driver.press("esc")
    #expect(driver.app.state.list.visible.count == 7)
  }

  @Test func createAsksANameThenOpensTheNewDraft() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.press("a")
    #expect(driver.statusLine == "New journey's name: a name")
    driver.type("Spring sale (EU)")
    driver.press("enter")

    let journey = try samples.journey("spring-sale-eu")
    #expect(journey.name == "Spring sale (EU)")
    #expect(journey.status == .draft)
    #expect(journey.updatedAt == Int64(AppDriver.fixedNow.timeIntervalSince1970))
    #expect(journey.steps.map(\.id) == ["start", "stop"])
    #expect(driver.app.state.screen == .editor)
    #expect(driver.row(0).hasPrefix(" Journeys › Spring sale (EU) · Draft · v0"))
  }

  @Test func createRefusesANameWithoutLettersAndAddsASuffixWhenTaken() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.press("a")
    driver.type("!!!")
    driver.press("enter")
    #expect(
      driver.statusLine
        == "✗ the name \"!!!\" has no letters or digits to make a file name from")

    driver.press("a")
    driver.type("Welcome series")
    driver.press("enter")
    #expect(try samples.journey("welcome-series-2").name == "Welcome series")
  }

  @Test func duplicateMakesADraftCopy() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.selectJourney("welcome-series")
    driver.press("c")
    #expect(driver.statusLine == "Name of the copy: Copy of Welcome series for first-time buyers")
    driver.press("enter")

    let copy = try samples.journey("copy-of-welcome-series-for-first-time-buyers")
    let original = try samples.journey("welcome-series")
    #expect(copy.status == .draft)
    #expect(copy.version == 0)
    #expect(copy.steps == original.steps)
    #expect(driver.app.state.list.entries.count == 8)
  }

  @Test func renameKeepsTheIdAndRefusesActiveJourneys() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.selectJourney("second-order-follow-up")
    driver.press("r", "ctrl-u")
    driver.type("Second order thanks")
    driver.press("enter")
    #expect(try samples.journey("second-order-follow-up").name == "Second order thanks")
    #expect(driver.statusLine == "✓ renamed to \"Second order thanks\"")

    driver.selectJourney("welcome-series")
    driver.press("r")
    #expect(driver.app.state.mode.isNormal)
    #expect(
      driver.statusLine
        == "! this journey is Active: pause it to make changes (:pause)")
  }

  @Test func deleteAsksFirstAndCancelKeepsTheFile() throws {
    let samples = try SampleWorkspace()
    let driver = try AppDriver(samples)
    driver.selectJourney("second-order-follow-up")
    driver.press("d")
    #expect(driver.screen.contains("Delete \"Second order follow-up\""))
    driver.press("enter")
    #expect(
      FileManager.default.fileExists(atPath: samples.journeyURL("second-order-follow-up").path))

    driver.press("d", "left", "enter")
    #expect(
      !FileManager.default.fileExists(
        atPath: samples.journeyURL("second-order-follow-up").path))
    #expect(driver.app.state.list.entries.count == 6)
    #expect(driver.statusLine == "✓ deleted second-order-follow-up.json")
  }

  @Test func unreadableFilesAreListedWithTheReason() throws {
    let samples = try SampleWorkspace(extraFiles: ["zz-broken.json": "{\"id\": "])
    let driver = try AppDriver(samples)
    driver.selectJourney("zz-broken")
    let row = try #require(driver.rowIndex(containing: "zz-broken.json"))
    let expected = " zz-broken.json             ✗ cannot be read: zz-broken.json:1:8:"
    #expect(driver.row(row).hasPrefix(expected))
    #expect(driver.statusLine.hasPrefix("zz-broken.json:1:8:"))
    driver.press("enter")
    #expect(driver.app.state.screen == .list)
    #expect(driver.statusLine.hasPrefix("! zz-broken.json cannot be read: zz-broken.json:1:8:"))
  }

  @Test func quitLeavesFromTheList() throws {
    let driver = try AppDriver(SampleWorkspace())
    #expect(driver.press("q") == .quit)
  }
}
