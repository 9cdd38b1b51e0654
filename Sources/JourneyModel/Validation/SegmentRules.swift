/// Rules for Segment steps: a known field, 1 to 10 uniquely named groups each with values that
/// fit the field, and every branch connected.
enum SegmentRules {
  /// The most groups a Segment may have.
  static let maximumGroups = 10

  /// Checks the field, the group count, then each group and its branch, then "other".
  static func check(_ segment: SegmentStep, _ context: StepContext, _ list: inout ProblemList) {
    let field = checkField(segment.field, context, &list)
    let limit = maximumGroups
    if segment.groups.isEmpty {
      list.add(.segmentWithoutGroups, "groups", "\(context.name) has no groups: add at least "
        + "one group of values.")
    } else if segment.groups.count > limit {
      list.add(.tooManySegmentGroups, "groups", "\(context.name) has \(segment.groups.count) "
        + "groups: the most is \(limit), so merge or remove \(segment.groups.count - limit).")
    }

    var scan = GroupScan(field: field, groups: segment.groups, context: context)
    for (index, group) in segment.groups.enumerated() {
      scan.check(index, &list)
      PathRules.checkConnected(
        StepPath(.group(index), group.next), scan.label(index), context, &list)
    }
    PathRules.checkConnected(
      StepPath(.other, segment.otherNext), "The other branch of \(context.name)", context, &list)
  }

  /// The field's definition when it is set and in the catalogue.
  private static func checkField(
    _ name: String?, _ context: StepContext, _ list: inout ProblemList
  ) -> FieldDefinition? {
    guard let name, !ValueCheck.isBlank(name) else {
      list.add(.segmentWithoutField, "field", "\(context.name) has no field: choose the "
        + "profile field it branches on.")
      return nil
    }

    guard let field = context.catalogue.field(name) else {
      list.add(.unknownField, "field", "\(context.name) branches on field "
        + "\(ProblemText.quote(name)), which is not in the catalogue: choose one of its "
        + "profile fields.")
      return nil
    }
    return field
  }
}

/// Walks a Segment's groups in order, remembering the names and values seen so far.
private struct GroupScan {
  let field: FieldDefinition?
  let groups: [SegmentGroup]
  let context: StepContext
  let type: FieldType
  let known: Set<ValueCheck.Meaning>?
  var names: Set<String> = []
  var firstGroup: [ValueCheck.Meaning: Int] = [:]

  init(field: FieldDefinition?, groups: [SegmentGroup], context: StepContext) {
    self.field = field
    self.groups = groups
    self.context = context
    type = field?.type ?? .string
    known = field.flatMap { context.catalogue.knownValues(of: $0.name) }
  }

  /// `group "VIP"`, or `group 3` when it has no name.
  func shortLabel(_ index: Int) -> String {
    let name = groups[index].name
    return "group " + (ValueCheck.isBlank(name) ? "\(index + 1)" : ProblemText.quote(name))
  }

  /// `Group "VIP" of Segment "s"`, to start a sentence.
  func label(_ index: Int) -> String {
    ProblemText.capitalized(shortLabel(index)) + " of \(context.name)"
  }

  /// Checks the name and the values of the group at `index`.
  mutating func check(_ index: Int, _ list: inout ProblemList) {
    let group = groups[index]
    if let name = ValueCheck.trimmed(group.name) {
      if !names.insert(name).inserted {
        list.add(.duplicateGroupName, "groups[\(index)].name", "\(context.name) has two groups "
          + "named \(ProblemText.quote(name)): give each group its own name.")
      }
    } else {
      list.add(.segmentGroupWithoutName, "groups[\(index)].name", "\(label(index)) has no "
        + "name: name it so that its branch can be told apart.")
    }

    guard group.values.contains(where: { !ValueCheck.isBlank($0) }) else {
      list.add(.segmentGroupWithoutValues, "groups[\(index)].values", "\(label(index)) has no "
        + "values: add the values that send contacts down this branch.")
      return
    }
    for (position, value) in group.values.enumerated() {
      checkValue(value, at: position, in: index, &list)
    }
  }

  private mutating func checkValue(
    _ value: String, at position: Int, in index: Int, _ list: inout ProblemList
  ) {
    let path = { "groups[\(index)].values[\(position)]" }
    guard !ValueCheck.isBlank(value) else {
      list.add(.missingValue, path(), "\(label(index)) has an empty value: remove it or type "
        + "a value.")
      return
    }
    guard let meaning = ValueCheck.meaning(value, as: type) else {
      list.add(.valueTypeMismatch, path(), "\(label(index)) holds \(ProblemText.quote(value)), "
        + "which is not \(ValueCheck.typeName(type)): \(ValueCheck.hint(type)).")
      return
    }

    if let known, let field, !known.contains(meaning) {
      list.add(.unknownSegmentValue, path(), "\(label(index)) holds "
        + "\(ProblemText.quote(value)), which is not a known value of field "
        + "\(ProblemText.quote(field.name)): check the spelling (known values: "
        + "\(ProblemText.list(field.knownValues ?? []))).")
    }
    if let first = firstGroup[meaning] {
      guard first != index else { return }
      list.add(.duplicateSegmentValue, path(), "\(label(index)) holds "
        + "\(ProblemText.quote(value)), which \(shortLabel(first)) already holds: contacts with "
        + "it take the first group, so remove it from one of them.")
    } else {
      firstGroup[meaning] = index
    }
  }
}
