/// Rules for conditions wherever they appear: entry rules, exit rules, Pause Until, and the
/// property filters of event conditions.
enum ConditionRules {
  /// Checks a profile or event condition.
  static func check(
    _ condition: Condition, _ subject: ConditionSubject, _ catalogue: CatalogueIndex,
    _ list: inout ProblemList
  ) {
    switch condition {
    case .profile(let test): check(test, subject, catalogue, &list)
    case .event(let test): check(test, subject, catalogue, &list)
    }
  }

  /// Checks a profile field test: the field exists, then its operator and values.
  static func check(
    _ test: FieldCondition, _ subject: ConditionSubject, _ catalogue: CatalogueIndex,
    _ list: inout ProblemList
  ) {
    let field = catalogue.field(test.field)
    if field == nil {
      if ValueCheck.isBlank(test.field) {
        list.add(.unknownField, subject.path("field"), "\(subject.text) names no field: "
          + "choose one of the catalogue's profile fields.")
      } else {
        list.add(.unknownField, subject.path("field"), "\(subject.text) tests field "
          + "\(ProblemText.quote(test.field)), which is not in the catalogue: choose one of "
          + "its profile fields.")
      }
    }
    let operand = Operand(noun: "field", name: test.field, type: field?.type)
    OperandRules.check(test, operand, subject, &list)
  }

  /// Checks an event test: the event table exists, the count, then each property filter.
  static func check(
    _ test: EventCondition, _ subject: ConditionSubject, _ catalogue: CatalogueIndex,
    _ list: inout ProblemList
  ) {
    let table = catalogue.event(test.event)
    if table == nil {
      if ValueCheck.isBlank(test.event) {
        list.add(.unknownEvent, subject.path("event"), "\(subject.text) names no event: "
          + "choose one of the catalogue's event tables.")
      } else {
        list.add(.unknownEvent, subject.path("event"), "\(subject.text) counts event "
          + "\(ProblemText.quote(test.event)), which is not in the catalogue: choose one of "
          + "its event tables.")
      }
    }
    if test.minimumCount < 1 {
      list.add(.invalidMinimumCount, subject.path("atLeast"), "\(subject.text) needs event "
        + "\(ProblemText.quote(test.event)) at least \(test.minimumCount) times: the count "
        + "must be 1 or more.")
    }

    for (index, filter) in test.filters.enumerated() {
      let property = table?.property(filter.field)
      if let table, property == nil {
        unknownProperty(filter.field, table, subject.filter(index), &list)
      }
      let operand = Operand(noun: "property", name: filter.field, type: property?.type)
      OperandRules.check(filter, operand, subject.filter(index), &list)
    }
  }

  private static func unknownProperty(
    _ name: String, _ table: EventTable, _ subject: ConditionSubject, _ list: inout ProblemList
  ) {
    let event = ProblemText.quote(table.name)
    let field = subject.path("property")
    if ValueCheck.isBlank(name) {
      list.add(.unknownProperty, field, "\(subject.text) has a filter on event \(event) that "
        + "names no property: choose one of its properties.")
    } else {
      list.add(.unknownProperty, field, "\(subject.text) filters event \(event) on property "
        + "\(ProblemText.quote(name)), which that event table does not have: choose one of "
        + "its properties.")
    }
  }
}
