import Foundation
import TerminalKit
import Testing

@testable import JourneyApp

/// Text snapshots lose colour, so roles are checked at given cells.
@Suite struct RoleTests {
  private func role(_ driver: AppDriver, x: Int, y: Int) -> Role? {
    driver.buffer.cell(at: Point(x: x, y: y))?.role
  }

  @Test func listRolesMarkHeaderSelectionStatusAndProblems() throws {
    let driver = try AppDriver(SampleWorkspace())
    #expect(role(driver, x: 0, y: 0) == .header)
    #expect(role(driver, x: 1, y: 1) == .title)
    #expect(role(driver, x: 1, y: 2) == .selection)
    #expect(role(driver, x: 1, y: 3) == .normal)
    let active = try #require(driver.rowIndex(containing: "Active"))
    let column = try #require(driver.row(active).range(of: "Active")).lowerBound
    let x = driver.row(active).distance(from: driver.row(active).startIndex, to: column)
    #expect(role(driver, x: x, y: active) == .ok)
    #expect(role(driver, x: 0, y: 23) == .keyHint)
  }

  @Test func canvasRolesMarkFocusStepsAndProblems() throws {
    let driver = try AppDriver(SampleWorkspace(invalid: true))
    driver.open("activate-without-destination")
    #expect(role(driver, x: 0, y: 2) == .focusBorder)
    #expect(role(driver, x: 0, y: 14) == .border)
    #expect(role(driver, x: 3, y: 3) == .selection)
    let row = try #require(driver.rowIndex(containing: "➤ Activate"))
    #expect(role(driver, x: 1, y: row) == .error)
    #expect(role(driver, x: 3, y: row) == .stepActivate)
    #expect(role(driver, x: 1, y: 1) == .breadcrumb)
  }

  @Test func flashSeverityDecidesTheRole() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("welcome-series")
    driver.press("a")
    #expect(role(driver, x: 0, y: 22) == .warning)
    driver.press("ctrl-s")
    #expect(role(driver, x: 0, y: 22) == .ok)
  }
}
