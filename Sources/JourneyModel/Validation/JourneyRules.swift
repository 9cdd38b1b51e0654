/// Rules about the journey as a whole: its settings, entry rules and exit rules.
enum JourneyRules {
  /// Checks the settings, then the entry rules, then the exit rules.
  static func check(_ journey: Journey, _ catalogue: CatalogueIndex, _ list: inout ProblemList) {
    checkTimeZone(journey.settings.timeZone, catalogue, &list)
    checkSchedule(journey.settings.schedule, &list)
    checkEntry(journey.entry, catalogue, &list)
    checkExit(journey.exit, catalogue, &list)
  }

  private static func checkTimeZone(
    _ zone: String?, _ catalogue: CatalogueIndex, _ list: inout ProblemList
  ) {
    let field = "settings.timeZone"
    guard let zone else {
      if !catalogue.workspaceZoneIsValid {
        list.add(.invalidTimeZone, field, "The workspace's time zone "
          + "\(ProblemText.quote(catalogue.workspaceZone)), which this journey uses, is not a "
          + "known time zone: fix it in hub.json or give the journey its own time zone.")
      }
      return
    }

    if ValueCheck.isBlank(zone) {
      list.add(.invalidTimeZone, field, "The journey's time zone is empty: type an IANA name "
        + "such as \"Europe/Paris\", or remove it to use the workspace's.")
    } else if !CatalogueIndex.isKnownZone(zone) {
      list.add(.invalidTimeZone, field, "The journey's time zone \(ProblemText.quote(zone)) "
        + "is not a known time zone: type an IANA name such as \"Europe/Paris\" or \"UTC\".")
    }
  }

  private static func checkSchedule(_ schedule: Schedule, _ list: inout ProblemList) {
    let field = "settings.schedule"
    switch schedule {
    case .everyHours(let hours) where !(1...24).contains(hours):
      list.add(.invalidSchedule, field, "The schedule runs every \(hours) hours: choose a "
        + "number of hours from 1 to 24.")
    case .daily(let time), .weekly(_, let time):
      if TimeOfDay(hour: time.hour, minute: time.minute) == nil {
        list.add(.invalidSchedule, field, "The schedule runs at \(time), which is not a time "
          + "of day: use HH:MM from 00:00 to 23:59.")
      }
    default:
      return
    }
  }

  private static func checkEntry(
    _ entry: RuleSet<EntryRule>, _ catalogue: CatalogueIndex, _ list: inout ProblemList
  ) {
    let limit = RuleSet<EntryRule>.maximumCount
    if entry.rules.isEmpty {
      list.add(.noEntryRule, "entry.rules", "The journey has no entry rule: add an audience or "
        + "event rule that says who enters.")
    } else if entry.rules.count > limit {
      list.add(.tooManyEntryRules, "entry.rules", "The journey has \(entry.rules.count) entry "
        + "rules: the most is \(limit), so remove \(entry.rules.count - limit).")
    }

    for (index, rule) in entry.rules.enumerated() {
      let subject = ConditionSubject(.entryRule(index))
      switch rule {
      case .audience(let name):
        checkAudience(name, subject, catalogue, &list)
      case .event(let condition):
        ConditionRules.check(condition, subject, catalogue, &list)
      }
    }
  }

  private static func checkAudience(
    _ name: String, _ subject: ConditionSubject, _ catalogue: CatalogueIndex,
    _ list: inout ProblemList
  ) {
    guard !catalogue.hasAudience(name) else { return }

    if ValueCheck.isBlank(name) {
      list.add(.unknownAudience, subject.path("audience"), "\(subject.text) names no "
        + "audience: choose one of the catalogue's audiences.")
    } else {
      list.add(.unknownAudience, subject.path("audience"), "\(subject.text) uses audience "
        + "\(ProblemText.quote(name)), which is not in the catalogue: choose one of its "
        + "audiences.")
    }
  }

  private static func checkExit(
    _ exit: RuleSet<Condition>, _ catalogue: CatalogueIndex, _ list: inout ProblemList
  ) {
    let limit = RuleSet<Condition>.maximumCount
    if exit.rules.count > limit {
      list.add(.tooManyExitRules, "exit.rules", "The journey has \(exit.rules.count) exit "
        + "rules: the most is \(limit), so remove \(exit.rules.count - limit).")
    }

    for (index, rule) in exit.rules.enumerated() {
      let subject = ConditionSubject(.exitRule(index))
      ConditionRules.check(rule, subject, catalogue, &list)
    }
  }
}
