import JourneyModel

/// Form rows for the configuration of each step type but Start.
enum StepForms {
  /// The rows of a Wait.
  static func wait(_ form: inout FormBuilder, _ wait: WaitStep, _ lens: Lens<WaitStep>) {
    let modes = [Choice("duration", label: "a duration"), Choice("until", label: "a weekday")]
    let current: String?
    switch wait.mode {
    case .duration: current = "duration"
    case .until: current = "until"
    case .none: current = nil
    }
    let shown =
      current == "until" ? "a weekday and time" : current == nil ? "(not set)" : "a duration"
    form.choice(
      "Waits for", shown, key: "duration", title: "Wait for", choices: modes,
      current: current, lens
    ) { (choice: String, value: inout WaitStep) throws(EditError) in
      if choice == "until" {
        if case .until = value.mode { return }
        value.mode = .until(WeekdayTime(weekday: "monday", time: "09:00"))
      } else {
        if case .duration = value.mode { return }
        value.mode = .duration(TimeSpan(1, .days))
      }
    }

    switch wait.mode {
    case .duration(let span):
      let spanLens = lens.focus(
        get: { if case .duration(let span) = $0.mode { return span } else { return nil } },
        set: { $0.mode = .duration($1) })
      timeSpan(&form, span, spanLens, key: "duration")
    case .until(let until):
      let untilLens = lens.focus(
        get: { if case .until(let until) = $0.mode { return until } else { return nil } },
        set: { $0.mode = .until($1) })
      weekdayTime(&form, until, untilLens)
    case .none:
      return
    }
  }

  /// Amount and unit rows of a span under `key`.
  static func timeSpan(
    _ form: inout FormBuilder, _ span: TimeSpan, _ lens: Lens<TimeSpan>, key: String
  ) {
    form.text("Amount", "\(span.amount)", key: "\(key).amount", placeholder: "1", lens) {
      (text: String, value: inout TimeSpan) throws(EditError) in
      value.amount = try FieldParsing.wholeNumber(text, field: "The amount")
    }
    form.choice(
      "Unit", span.unit.rawValue, key: "\(key).unit", title: "Unit",
      choices: CatalogueChoices.units, current: span.unit.rawValue, lens
    ) { (text: String, value: inout TimeSpan) throws(EditError) in
      if let unit = TimeUnit(text: text) { value.unit = unit }
    }
  }

  private static func weekdayTime(
    _ form: inout FormBuilder, _ until: WeekdayTime, _ lens: Lens<WeekdayTime>
  ) {
    form.choice(
      "Weekday", until.parsedWeekday?.title ?? until.weekday, key: "until.weekday",
      title: "Weekday", choices: CatalogueChoices.weekdays,
      current: until.parsedWeekday?.rawValue, lens
    ) { (text: String, value: inout WeekdayTime) throws(EditError) in
      value.weekday = text
    }
    form.text("Time", until.time, key: "until.time", placeholder: "HH:MM", lens) {
      (text: String, value: inout WeekdayTime) throws(EditError) in
      value.time = FieldParsing.trimmed(text)
    }
    let zones = [
      Choice("journey", label: "the journey's"), Choice("contact", label: "the contact's"),
    ]
    let zoneField: String?
    if case .contact(let field) = until.zone { zoneField = field } else { zoneField = nil }
    let hub = form.hub
    form.choice(
      "Time zone", zoneField == nil ? "the journey's" : "the contact's", key: "",
      title: "Whose time zone", choices: zones, current: zoneField == nil ? "journey" : "contact",
      lens
    ) { (choice: String, value: inout WeekdayTime) throws(EditError) in
      if choice == "journey" {
        value.zone = .journey
      } else if case .journey = value.zone {
        let first = hub.fields.first { $0.type == .string }?.name ?? ""
        value.zone = .contact(field: first)
      }
    }
    guard let zoneField else { return }
    form.choice(
      "Zone field", zoneField, key: "until.contactZoneField", title: "Field with the zone",
      choices: CatalogueChoices.fields(hub, only: .string), current: zoneField, lens
    ) { (name: String, value: inout WeekdayTime) throws(EditError) in
      value.zone = .contact(field: name)
    }
  }

  /// The rows of an Activate.
  static func activate(
    _ form: inout FormBuilder, _ activate: ActivateStep, _ lens: Lens<ActivateStep>
  ) {
    let hub = form.hub
    let list = lens.focus(get: { $0.destinations }, set: { $0.destinations = $1 })
    form.heading("Destinations", key: "destinations")
    form.nested { nested in
      for (index, id) in activate.destinations.enumerated() {
        let name = hub.destination(id).map { "\(id) (\($0.name))" } ?? id
        nested.choice(
          "Destination \(index + 1)", name, key: "destinations[\(index)]", title: "Destination",
          choices: CatalogueChoices.destinations(hub), current: id, list.item(index)
        ) { (choice: String, value: inout String) throws(EditError) in
          value = choice
        }
        nested.listItem(index, of: list)
      }
      let unused = CatalogueChoices.destinations(hub).filter {
        !activate.destinations.contains($0.value)
      }
      nested.add(
        "+ add destination", key: "destinations",
        editor: .choice(
          ChoiceEdit(
            title: "Add destination", choices: unused, current: nil, allowsFreeText: false,
            apply: { (choice: String, journey: inout Journey) throws(EditError) in
              try list.modify(&journey) { $0.append(choice) }
            })))
    }
  }

  /// The rows of a Pause Until.
  static func pauseUntil(
    _ form: inout FormBuilder, _ pause: PauseUntilStep, _ lens: Lens<PauseUntilStep>
  ) {
    let hub = form.hub
    form.heading("Condition", key: "condition")
    form.nested { nested in
      if let condition = pause.condition {
        let conditionLens = lens.focus(get: { $0.condition }, set: { $0.condition = $1 })
        ConditionForm.condition(&nested, condition, conditionLens, key: "condition")
      } else {
        let kinds = [Choice("profile", label: "profile field"), Choice("event", label: "event")]
        nested.choice(
          "Kind", "(not set)", key: "condition", title: "Condition kind", choices: kinds,
          current: nil, lens
        ) { (choice: String, value: inout PauseUntilStep) throws(EditError) in
          value.condition =
            choice == "event"
            ? .event(ConditionForm.defaultEvent(hub)) : .profile(ConditionForm.defaultField(hub))
        }
      }
    }
    form.toggle("Timeout", pause.timeout != nil, key: "timeout", lens) { value in
      value.timeout = value.timeout == nil ? TimeSpan(7, .days) : nil
    }
    guard let timeout = pause.timeout else { return }
    let timeoutLens = lens.focus(get: { $0.timeout }, set: { $0.timeout = $1 })
    form.nested { nested in timeSpan(&nested, timeout, timeoutLens, key: "timeout") }
  }

  /// The rows of a Segment.
  static func segment(
    _ form: inout FormBuilder, _ segment: SegmentStep, _ lens: Lens<SegmentStep>,
    subtreeSize: @escaping (StepID) -> Int
  ) {
    let hub = form.hub
    form.choice(
      "Field", segment.field ?? "(not set)", key: "field", title: "Profile field",
      choices: CatalogueChoices.fields(hub), current: segment.field, lens
    ) { (name: String, value: inout SegmentStep) throws(EditError) in
      value.field = name
    }
    let groups = lens.focus(get: { $0.groups }, set: { $0.groups = $1 })
    let known = CatalogueChoices.knownValues(hub, field: segment.field)
    form.heading("Groups", key: "groups")
    form.nested { nested in
      for (index, group) in segment.groups.enumerated() {
        groupRows(&nested, group, index, groups, known: known, subtreeSize: subtreeSize)
      }
      nested.addAction("+ add group", groups) { (list: inout [SegmentGroup]) throws(EditError) in
        guard list.count < 10 else { throw .listFull("A Segment", limit: 10) }
        let names = Set(list.map(\.name))
        var number = list.count + 1
        while names.contains("Group \(number)") { number += 1 }
        list.append(SegmentGroup(name: "Group \(number)", values: []))
      }
    }
    form.info("Other", "contacts in no group")
  }

  private static func groupRows(
    _ form: inout FormBuilder, _ group: SegmentGroup, _ index: Int,
    _ groups: Lens<[SegmentGroup]>, known: [Choice]?, subtreeSize: @escaping (StepID) -> Int
  ) {
    let lens: Lens<SegmentGroup> = groups.item(index)
    form.text("Group \(index + 1)", group.name, key: "groups[\(index)].name", lens) {
      (text: String, value: inout SegmentGroup) throws(EditError) in
      let name = FieldParsing.trimmed(text)
      guard !name.isEmpty else { throw .emptyText(field: "A group name") }
      value.name = name
    }
    form.listItem(index, of: groups)
    form.setRemove { (journey: inout Journey) throws(EditError) in
      try groups.modify(&journey) { (list: inout [SegmentGroup]) throws(EditError) in
        guard list.indices.contains(index) else { return }
        // TODO: a group that leads to steps cannot be removed until its steps are cut or deleted.
        if let next = list[index].next {
          throw .groupHasSteps(name: list[index].name, count: subtreeSize(next))
        }
        list.remove(at: index)
      }
    }

    let values = lens.focus(get: { $0.values }, set: { $0.values = $1 })
    form.nested { nested in
      for (valueIndex, value) in group.values.enumerated() {
        ConditionForm.valueRow(
          &nested, "Value \(valueIndex + 1)", value,
          key: "groups[\(index)].values[\(valueIndex)]", values.item(valueIndex), known: known)
        nested.listItem(valueIndex, of: values)
      }
      ConditionForm.addValue(&nested, values, known: known, key: "groups[\(index)].values")
    }
  }
}
