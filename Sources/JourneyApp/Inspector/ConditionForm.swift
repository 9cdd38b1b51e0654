import JourneyModel

/// Form rows for conditions wherever they appear: exit rules, Pause Until, entry rules and
/// the property filters of events.
enum ConditionForm {
  /// The rows of a profile-or-event condition under `key`: its kind, then the kind's inputs.
  static func condition(
    _ form: inout FormBuilder, _ condition: Condition, _ lens: Lens<Condition>, key: String
  ) {
    let kinds = [Choice("profile", label: "profile field"), Choice("event", label: "event")]
    let kind: String
    switch condition {
    case .profile: kind = "profile"
    case .event: kind = "event"
    }
    let hub = form.hub
    form.choice(
      "Kind", kind == "profile" ? "profile field" : "event", key: "", title: "Condition kind",
      choices: kinds, current: kind, lens
    ) { (choice: String, value: inout Condition) throws(EditError) in
      value = choice == "event" ? .event(defaultEvent(hub)) : .profile(defaultField(hub))
    }

    switch condition {
    case .profile(let test):
      let inner = lens.focus(
        get: { if case .profile(let test) = $0 { return test } else { return nil } },
        set: { $0 = .profile($1) })
      fieldTest(
        &form, test, inner, key: key, noun: "Field", choices: CatalogueChoices.fields(hub),
        known: CatalogueChoices.knownValues(hub, field: test.field), fieldKey: "field")
    case .event(let test):
      let inner = lens.focus(
        get: { if case .event(let test) = $0 { return test } else { return nil } },
        set: { $0 = .event($1) })
      event(&form, test, inner, key: key)
    }
  }

  /// The rows of an event test: table, count, filters.
  static func event(
    _ form: inout FormBuilder, _ test: EventCondition, _ lens: Lens<EventCondition>, key: String
  ) {
    let hub = form.hub
    form.choice(
      "Event", test.event, key: path(key, "event"), title: "Event table",
      choices: CatalogueChoices.events(hub), current: test.event, lens
    ) { (name: String, value: inout EventCondition) throws(EditError) in
      if value.event != name { value.filters = [] }
      value.event = name
    }
    form.text(
      "At least", "\(test.minimumCount)", key: path(key, "atLeast"), placeholder: "1", lens
    ) { (text: String, value: inout EventCondition) throws(EditError) in
      value.minimumCount = try FieldParsing.wholeNumber(text, field: "The count")
    }

    let filters = lens.focus(get: { $0.filters }, set: { $0.filters = $1 })
    for (index, filter) in test.filters.enumerated() {
      let filterKey = path(key, "where[\(index)]")
      form.info("Filter \(index + 1)", filter.description, key: filterKey)
      form.listItem(index, of: filters)
      form.nested { nested in
        fieldTest(
          &nested, filter, filters.item(index), key: filterKey, noun: "Property",
          choices: CatalogueChoices.properties(hub, event: test.event), known: nil,
          fieldKey: "property")
      }
    }
    form.addAction("+ add filter", filters) { list in
      let first = hub.event(test.event)?.properties.first?.name ?? ""
      list.append(FieldCondition(field: first, op: .equals, values: [""]))
    }
  }

  /// The rows of a field or property test: which one, the operator, the values.
  static func fieldTest(
    _ form: inout FormBuilder, _ test: FieldCondition, _ lens: Lens<FieldCondition>,
    key: String, noun: String, choices: [Choice], known: [Choice]?, fieldKey: String
  ) {
    form.choice(
      noun, test.field, key: path(key, fieldKey), title: noun, choices: choices,
      current: test.field, freeText: choices.isEmpty, lens
    ) { (name: String, value: inout FieldCondition) throws(EditError) in
      value.field = name
    }
    form.choice(
      "Operator", test.op.rawValue, key: path(key, "op"), title: "Operator",
      choices: CatalogueChoices.operators, current: test.op.rawValue, lens
    ) { (text: String, value: inout FieldCondition) throws(EditError) in
      guard let op = ConditionOperator(rawValue: text) else { return }
      value.op = op
      switch op.arity {
      case .none: value.values = []
      case .one: value.values = [value.values.first ?? ""]
      case .many: if value.values.isEmpty { value.values = [""] }
      }
    }
    values(&form, test, lens, key: key, known: known)
  }

  /// The value rows of a test, by the operator's arity.
  private static func values(
    _ form: inout FormBuilder, _ test: FieldCondition, _ lens: Lens<FieldCondition>,
    key: String, known: [Choice]?
  ) {
    let list = lens.focus(get: { $0.values }, set: { $0.values = $1 })
    switch test.op.arity {
    case .none:
      return
    case .one:
      valueRow(
        &form, "Value", test.values.first ?? "", key: path(key, "value"),
        list.item(0), known: known)
    case .many:
      for (index, value) in test.values.enumerated() {
        valueRow(
          &form, "Value \(index + 1)", value, key: path(key, "values[\(index)]"),
          list.item(index), known: known)
        form.listItem(index, of: list)
      }
      addValue(&form, list, known: known, key: path(key, "values"))
    }
  }

  /// One value: chosen from the known values (or typed), or typed.
  static func valueRow(
    _ form: inout FormBuilder, _ label: String, _ value: String, key: String,
    _ lens: Lens<String>, known: [Choice]?
  ) {
    let set = { (text: String, stored: inout String) throws(EditError) in
      stored = FieldParsing.trimmed(text)
    }
    if let known {
      form.choice(
        label, value, key: key, title: label, choices: known, current: value, freeText: true,
        lens, apply: set)
    } else {
      form.text(label, value, key: key, lens, apply: set)
    }
  }

  /// An "+ add value" row for a list of values.
  static func addValue(
    _ form: inout FormBuilder, _ list: Lens<[String]>, known: [Choice]?, key: String
  ) {
    let append = { (text: String, values: inout [String]) throws(EditError) in
      values.append(FieldParsing.trimmed(text))
    }
    let change: ValueChange = { (text: String, journey: inout Journey) throws(EditError) in
      try list.modify(&journey) { (values: inout [String]) throws(EditError) in
        try append(text, &values)
      }
    }
    if let known {
      form.add(
        "+ add value", key: key,
        editor: .choice(
          ChoiceEdit(
            title: "Add value", choices: known, current: nil, allowsFreeText: true,
            apply: change)))
    } else {
      form.add(
        "+ add value", key: key,
        editor: .text(
          TextEdit(
            initial: "", placeholder: "a value", apply: change)))
    }
  }

  /// A field condition on the catalogue's first field.
  static func defaultField(_ hub: Hub) -> FieldCondition {
    FieldCondition(field: hub.fields.first?.name ?? "", op: .equals, values: [""])
  }

  /// An event condition on the catalogue's first event table.
  static func defaultEvent(_ hub: Hub) -> EventCondition {
    EventCondition(event: hub.events.first?.name ?? "")
  }

  /// `key.child`, or `child` when `key` is empty.
  static func path(_ key: String, _ child: String) -> String {
    key.isEmpty ? child : "\(key).\(child)"
  }
}
