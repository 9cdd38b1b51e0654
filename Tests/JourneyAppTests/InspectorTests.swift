import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct InspectorTests {
  private func segment(_ driver: AppDriver, _ id: String) -> SegmentStep? {
    if case .segment(let segment)? = driver.app.state.editor?.journey.step(id)?.kind {
      return segment
    }
    return nil
  }

  @Test func startShowsEntryRulesRepeatSettingsAndExitRules() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("month-to-month-welcome")
    let description = try #require(driver.app.state.editor?.journey.description)
    #expect(
      driver.inspectorLines == [
        "Start: [start]", "Name", "Entry rules", "Join with: ANY (OR)",
        "Rule 1: in audience new-month-to-month", "Audience: new-month-to-month",
        "+ add entry rule", "Allow repeat: no", "Journey",
        "Name: Welcome new month-to-month subscribers",
        "Description: \(description)",
        "Time zone: (workspace: America/New_York)", "Enrollment: existing-and-new",
        "Schedule: every 4 hours", "Hours: 4", "Exit rules", "Join with: ANY (OR)",
        "Rule 1: churned = true", "Kind: profile field", "Field: churned", "Operator: =",
        "Value: true", "Rule 2: Contract in (One year, Two year)", "Kind: profile field",
        "Field: Contract", "Operator: in", "Value 1: One year", "Value 2: Two year",
        "+ add value", "+ add exit rule",
      ])
  }

  @Test func entryRulesSwitchBetweenAnyAndAllAndGrow() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("month-to-month-welcome")
    driver.selectField("Join with")
    driver.press("enter")
    driver.type("all")
    driver.press("enter")
    #expect(driver.app.state.editor?.journey.entry.op == .all)

    driver.selectField("+ add entry rule")
    driver.press("enter")
    driver.type("event")
    driver.press("enter")
    let rules = try #require(driver.app.state.editor?.journey.entry.rules)
    #expect(rules == [.audience("new-month-to-month"), .event(EventCondition(event: "purchase"))])

    driver.selectField("Rule 2")
    driver.press("d")
    #expect(driver.app.state.editor?.journey.entry.rules == [.audience("new-month-to-month")])
  }

  @Test func allowRepeatTogglesWithSpace() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("month-to-month-welcome")
    driver.selectField("Allow repeat")
    driver.press("space")
    #expect(driver.app.state.editor?.journey.allowRepeat == true)
    driver.selectField("Name")
    driver.press("space")
    #expect(driver.statusLine == "! \"Name\" is not an on/off field")
  }

  @Test func scheduleKindAndTimeAreEdited() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("month-to-month-welcome")
    driver.selectField("Schedule")
    driver.press("enter")
    driver.type("weekly")
    driver.press("enter")
    #expect(
      driver.app.state.editor?.journey.settings.schedule
        == .weekly(.monday, try #require(TimeOfDay(hour: 9, minute: 0))))
    driver.selectField("At")
    driver.press("enter", "ctrl-u")
    driver.type("25:00")
    driver.press("enter")
    #expect(driver.statusLine == "! \"25:00\" is not a time of day: type HH:MM, such as 09:00")
    driver.press("enter", "ctrl-u")
    driver.type("18:30")
    driver.press("enter")
    #expect(
      driver.app.state.editor?.journey.settings.schedule.description
        == "weekly on monday at 18:30")
  }

  @Test func timeZoneTakesAChoiceOrTypedName() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("month-to-month-welcome")
    driver.selectField("Time zone")
    driver.press("enter")
    driver.type("Mars/Olympus")
    driver.press("enter")
    #expect(driver.app.state.editor?.journey.settings.timeZone == "Mars/Olympus")
    #expect(driver.app.state.editor?.problems.map(\.code) == [.invalidTimeZone])
    let row = try #require(driver.rowIndex(containing: "Time zone"))
    #expect(driver.row(row).hasPrefix("│✗   Time zone"))
  }

  @Test func exitRuleConditionsEditFieldOperatorAndValues() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("month-to-month-welcome")
    driver.selectField("Operator", occurrence: 2)
    driver.press("enter")
    driver.type("not in")
    driver.press("enter")
    driver.selectField("+ add value")
    driver.press("enter")
    driver.type("Month")
    driver.press("enter")
    let rule = try #require(driver.app.state.editor?.journey.exit.rules.last)
    #expect(
      rule
        == .profile(
          FieldCondition(
            field: "Contract", op: .notIn, values: ["One year", "Two year", "Month-to-month"])))

    driver.selectField("Operator", occurrence: 2)
    driver.press("enter")
    driver.type("is set")
    driver.press("enter")
    #expect(
      driver.app.state.editor?.journey.exit.rules.last
        == .profile(FieldCondition(field: "Contract", op: .isSet, values: [])))
  }

  @Test func segmentFieldGroupsAndValuesAreEdited() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("by-tier")
    driver.selectField("+ add group")
    driver.press("enter")
    #expect(segment(driver, "by-tier")?.groups.map(\.name) == ["Gold", "Silver", "Group 3"])
    #expect(
      driver.app.state.editor?.problems.map(\.code)
        == [.segmentGroupWithoutValues, .branchNotConnected])

    driver.selectField("+ add value", occurrence: 3)
    driver.press("enter")
    driver.type("bronze")
    driver.press("enter")
    #expect(segment(driver, "by-tier")?.groups[2].values == ["bronze"])

    driver.selectField("Group 3")
    driver.press("enter", "ctrl-u")
    driver.type("Bronze")
    driver.press("enter")
    driver.press("K")
    #expect(segment(driver, "by-tier")?.groups.map(\.name) == ["Gold", "Bronze", "Silver"])
    #expect(driver.app.state.inspectorRow?.label == "Group 2")

    driver.press("d")
    #expect(driver.statusLine.hasPrefix("! group \"Bronze\" leads to") == false)
    #expect(segment(driver, "by-tier")?.groups.map(\.name) == ["Gold", "Silver"])
    driver.selectField("Group 1")
    driver.press("d")
    #expect(driver.statusLine == "! group \"Gold\" leads to 2 steps: delete or cut them first")
  }

  @Test func segmentValuesOutsideTheKnownOnesAreWarned() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("by-tier")
    driver.selectField("Value 1")
    driver.press("enter")
    driver.type("platinum")
    driver.press("enter")
    #expect(segment(driver, "by-tier")?.groups[0].values == ["platinum"])
    #expect(driver.app.state.editor?.problems.map(\.code) == [.unknownSegmentValue])
    let row = try #require(driver.rowIndex(containing: "Value 1"))
    #expect(driver.row(row).contains("! "))
  }

  @Test func activateDestinationsAreAddedAndRemoved() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("silver-offer")
    driver.selectField("+ add destination")
    driver.press("enter")
    driver.type("crm")
    driver.press("enter")
    guard
      case .activate(let activate)? = driver.app.state.editor?.journey.step("silver-offer")?.kind
    else {
      Issue.record("silver-offer is not an Activate")
      return
    }
    #expect(activate.destinations == ["email", "crm"])

    driver.selectField("Destination 1")
    driver.press("d")
    driver.selectField("Destination 1")
    driver.press("d")
    #expect(driver.app.state.editor?.problems.map(\.code) == [.activateWithoutDestination])
    #expect(driver.screen.contains("✗ Activate \"silver-offer\" has no destination"))
  }

  @Test func pauseUntilTimeoutTogglesAndConditionChanges() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("second-order-follow-up")
    driver.selectStep("wait-for-order")
    driver.selectField("Timeout")
    driver.press("space")
    #expect(driver.app.state.editor?.problems.map(\.code) == [.pauseWithoutTimeout])
    #expect(!driver.inspectorLines.contains("Amount: 30"))

    driver.selectField("Kind")
    driver.press("enter")
    driver.type("profile")
    driver.press("enter")
    guard
      case .pauseUntil(let pause)? = driver.app.state.editor?.journey.step("wait-for-order")?
        .kind
    else {
      Issue.record("wait-for-order is not a Pause Until")
      return
    }
    #expect(
      pause.condition
        == .profile(
          FieldCondition(
            field: "first_purchase_date", op: .equals, values: [""])))
  }

  @Test func waitSwitchesToAWeekdayAndTime() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("wait-2-days")
    driver.selectField("Waits for")
    driver.press("enter")
    driver.type("weekday")
    driver.press("enter")
    driver.selectField("Time")
    driver.press("enter", "ctrl-u")
    driver.type("9h")
    driver.press("enter")
    #expect(driver.app.state.editor?.problems.map(\.code) == [.invalidTime])
    driver.selectField("Time zone")
    driver.press("enter")
    driver.type("contact")
    driver.press("enter")
    #expect(driver.inspectorLines.contains("Zone field: tier"))
  }

  @Test func nameIsEditedForAnyStep() throws {
    let driver = try AppDriver(SampleWorkspace())
    driver.open("win-back-lapsed-customers")
    driver.selectStep("wait-2-days")
    driver.selectField("Name")
    driver.press("enter")
    driver.type("Cool off")
    driver.press("enter")
    #expect(driver.app.state.editor?.journey.step("wait-2-days")?.name == "Cool off")
    #expect(driver.row(1) == " Start › Cool off")
  }
}
