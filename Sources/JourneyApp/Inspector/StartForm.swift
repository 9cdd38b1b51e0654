import JourneyModel

/// Form rows of the Start step: entry rules and Allow Journey Repeat, then the journey's
/// settings and exit rules, which apply to the whole journey.
enum StartForm {
  /// Every row of the Start step's form.
  static func rows(_ form: inout FormBuilder, _ journey: Journey) {
    form.journeyKeys = true
    entry(&form, journey)
    form.toggle("Allow repeat", journey.allowRepeat, key: "allowRepeat", Lens<Journey>.journey) {
      $0.allowRepeat.toggle()
    }
    settings(&form, journey)
    exit(&form, journey)
    form.journeyKeys = false
  }

  private static func entry(_ form: inout FormBuilder, _ journey: Journey) {
    let hub = form.hub
    let set = Lens<Journey>.journey.focus(get: { $0.entry }, set: { $0.entry = $1 })
    let rules = set.focus(get: { $0.rules }, set: { $0.rules = $1 })
    form.heading("Entry rules", key: "entry.rules")
    form.nested { nested in
      joinRow(&nested, journey.entry.op, set.focus(get: { $0.op }, set: { $0.op = $1 }))
      for (index, rule) in journey.entry.rules.enumerated() {
        let key = "entry.rules[\(index)]"
        entryRule(&nested, rule, rules.item(index), index: index, key: key)
        nested.listItem(index, of: rules)
        nested.nested { inner in entryDetail(&inner, rule, rules.item(index), key: key) }
      }
      let kinds = [Choice("audience", label: "audience membership"), Choice("event")]
      nested.add(
        "+ add entry rule",
        editor: .choice(
          ChoiceEdit(
            title: "Entry rule kind", choices: kinds, current: nil, allowsFreeText: false,
            apply: { (choice: String, journey: inout Journey) throws(EditError) in
              try rules.modify(&journey) { (list: inout [EntryRule]) throws(EditError) in
                guard list.count < 10 else { throw .listFull("The entry rules", limit: 10) }
                list.append(defaultEntryRule(choice, hub))
              }
            })))
    }
  }

  private static func entryRule(
    _ form: inout FormBuilder, _ rule: EntryRule, _ lens: Lens<EntryRule>, index: Int,
    key: String
  ) {
    let hub = form.hub
    let kinds = [Choice("audience", label: "audience membership"), Choice("event")]
    let kind: String
    if case .audience = rule { kind = "audience" } else { kind = "event" }
    form.choice(
      "Rule \(index + 1)", rule.description, key: key, title: "Entry rule kind",
      choices: kinds, current: kind, lens
    ) { (choice: String, value: inout EntryRule) throws(EditError) in
      guard choice != kind else { return }
      value = defaultEntryRule(choice, hub)
    }
  }

  private static func entryDetail(
    _ form: inout FormBuilder, _ rule: EntryRule, _ lens: Lens<EntryRule>, key: String
  ) {
    switch rule {
    case .audience(let name):
      form.choice(
        "Audience", name, key: "\(key).audience", title: "Audience",
        choices: CatalogueChoices.audiences(form.hub), current: name, lens
      ) { (choice: String, value: inout EntryRule) throws(EditError) in
        value = .audience(choice)
      }
    case .event(let test):
      let inner = lens.focus(
        get: { if case .event(let test) = $0 { return test } else { return nil } },
        set: { $0 = .event($1) })
      ConditionForm.event(&form, test, inner, key: key)
    }
  }

  private static func settings(_ form: inout FormBuilder, _ journey: Journey) {
    let hub = form.hub
    let journeyLens = Lens<Journey>.journey
    form.heading("Journey")
    form.nested { nested in
      nested.text("Name", journey.name, key: "name", journeyLens) {
        (text: String, value: inout Journey) throws(EditError) in
        let name = FieldParsing.trimmed(text)
        guard !name.isEmpty else { throw .emptyText(field: "The journey's name") }
        value.name = name
      }
      nested.text("Description", journey.description, key: "description", journeyLens) {
        (text: String, value: inout Journey) throws(EditError) in
        value.description = FieldParsing.trimmed(text)
      }
      let settings = journeyLens.focus(get: { $0.settings }, set: { $0.settings = $1 })
      let zone = journey.settings.timeZone
      nested.choice(
        "Time zone", zone ?? "(workspace: \(hub.timeZone))", key: "settings.timeZone",
        title: "Time zone", choices: CatalogueChoices.timeZones(hub), current: zone ?? "",
        freeText: true, settings
      ) { (text: String, value: inout JourneySettings) throws(EditError) in
        let name = FieldParsing.trimmed(text)
        value.timeZone = name.isEmpty ? nil : name
      }
      let enrollments = Enrollment.allCases.map { Choice($0.rawValue) }
      nested.choice(
        "Enrollment", journey.settings.enrollment.rawValue, key: "settings.enrollment",
        title: "Enrollment", choices: enrollments,
        current: journey.settings.enrollment.rawValue, settings
      ) { (text: String, value: inout JourneySettings) throws(EditError) in
        if let mode = Enrollment(rawValue: text) { value.enrollment = mode }
      }
      ScheduleForm.rows(
        &nested, journey.settings.schedule,
        settings.focus(get: { $0.schedule }, set: { $0.schedule = $1 }))
    }
  }

  private static func exit(_ form: inout FormBuilder, _ journey: Journey) {
    let hub = form.hub
    let set = Lens<Journey>.journey.focus(get: { $0.exit }, set: { $0.exit = $1 })
    let rules = set.focus(get: { $0.rules }, set: { $0.rules = $1 })
    form.heading("Exit rules", key: "exit.rules")
    form.nested { nested in
      joinRow(&nested, journey.exit.op, set.focus(get: { $0.op }, set: { $0.op = $1 }))
      for (index, rule) in journey.exit.rules.enumerated() {
        let key = "exit.rules[\(index)]"
        nested.info("Rule \(index + 1)", rule.description, key: key)
        nested.listItem(index, of: rules)
        nested.nested { inner in
          ConditionForm.condition(&inner, rule, rules.item(index), key: key)
        }
      }
      let kinds = [Choice("profile", label: "profile field"), Choice("event")]
      nested.add(
        "+ add exit rule",
        editor: .choice(
          ChoiceEdit(
            title: "Exit rule kind", choices: kinds, current: nil, allowsFreeText: false,
            apply: { (choice: String, journey: inout Journey) throws(EditError) in
              try rules.modify(&journey) { (list: inout [Condition]) throws(EditError) in
                guard list.count < 10 else { throw .listFull("The exit rules", limit: 10) }
                list.append(
                  choice == "event"
                    ? .event(ConditionForm.defaultEvent(hub))
                    : .profile(ConditionForm.defaultField(hub)))
              }
            })))
    }
  }

  private static func joinRow(
    _ form: inout FormBuilder, _ op: RuleOperator, _ lens: Lens<RuleOperator>
  ) {
    let choices = [
      Choice("any", label: "ANY", detail: "any rule is enough (OR)"),
      Choice("all", label: "ALL", detail: "every rule must hold (AND)"),
    ]
    form.choice(
      "Join with", op == .any ? "ANY (OR)" : "ALL (AND)", key: "", title: "Join rules with",
      choices: choices, current: op.rawValue, lens
    ) { (text: String, value: inout RuleOperator) throws(EditError) in
      if let chosen = RuleOperator(rawValue: text) { value = chosen }
    }
  }

  private static func defaultEntryRule(_ kind: String, _ hub: Hub) -> EntryRule {
    kind == "event"
      ? .event(ConditionForm.defaultEvent(hub)) : .audience(hub.audiences.first?.name ?? "")
  }
}
