import TextFormats

/// Reads and writes steps.
///
/// Every step has `id` and `type`, an optional `name`, and its configuration; its paths name
/// the ids of the steps they lead to: `next` (Start, Wait, Activate), `groups[].next` and
/// `other` (Segment), `whenMet` and `onTimeout` (Pause Until).
enum StepCoding {
  static func step(_ node: JSONNode, index: Int) throws(FormatError) -> Step {
    var reader = try ObjectReader(node, "step \(index + 1)")
    let id = try reader.string("id")
    guard !id.isEmpty else {
      throw FormatError(at: node.position, "step \(index + 1) has an empty \"id\": give it a name")
    }
    let context = "step \"\(id)\""
    reader.context = context

    let typeNode = reader.node("type")
    guard let typeNode else { throw reader.missing("type", "the step type") }
    let typeText = try ObjectReader.string(typeNode, "type", context)
    guard let type = StepType(rawValue: typeText) else {
      throw FormatError(at: typeNode.position, "\(context) has unknown type \"\(typeText)\": "
        + "expected one of " + ObjectReader.list(StepType.allCases.map(\.rawValue)))
    }
    let name = try reader.optionalString("name") ?? ""
    let kind = try self.kind(type, &reader)
    try reader.finish()
    return Step(id: id, name: name, kind: kind)
  }

  private static func kind(
    _ type: StepType, _ reader: inout ObjectReader
  ) throws(FormatError) -> StepKind {
    let context = reader.context
    switch type {
    case .start:
      return .start(next: try reader.optionalString("next"))
    case .stop:
      return .stop(next: try reader.optionalString("next"))
    case .wait:
      return .wait(WaitStep(mode: try waitMode(&reader), next: try reader.optionalString("next")))
    case .activate:
      let destinations = try reader.optionalStrings("destinations") ?? []
      return .activate(ActivateStep(
        destinations: destinations, next: try reader.optionalString("next")))
    case .segment:
      var groups: [SegmentGroup] = []
      for (index, item) in (try reader.optionalArray("groups") ?? []).enumerated() {
        groups.append(try group(item, "group \(index + 1) of \(context)"))
      }
      return .segment(SegmentStep(
        field: try reader.optionalString("field"), groups: groups,
        otherNext: try reader.optionalString("other")))
    case .pauseUntil:
      let condition = try reader.node("condition").flatMap { node throws(FormatError) in
        node.value == .null
          ? nil : try ConditionCoding.condition(node, "the condition of \(context)")
      }
      let timeout = try reader.node("timeout").flatMap { node throws(FormatError) in
        node.value == .null ? nil : try ConditionCoding.span(node, "the timeout of \(context)")
      }
      return .pauseUntil(PauseUntilStep(
        condition: condition, timeout: timeout, metNext: try reader.optionalString("whenMet"),
        timeoutNext: try reader.optionalString("onTimeout")))
    }
  }

  private static func waitMode(_ reader: inout ObjectReader) throws(FormatError) -> WaitMode? {
    let context = reader.context
    if let node = reader.node("duration"), node.value != .null {
      if reader.has("until") {
        throw FormatError(at: node.position, "\(context) has both \"duration\" and \"until\": "
          + "keep one")
      }
      return .duration(try ConditionCoding.span(node, "the duration of \(context)"))
    }
    guard let node = reader.node("until"), node.value != .null else { return nil }
    var until = try ObjectReader(node, "\"until\" of \(context)")
    let weekday = try until.string("weekday")
    let time = try until.string("time")
    let zoneField = try until.optionalString("contactZoneField")
    try until.finish()
    return .until(WeekdayTime(
      weekday: weekday, time: time, zone: zoneField.map { .contact(field: $0) } ?? .journey))
  }

  private static func group(
    _ node: JSONNode, _ context: String
  ) throws(FormatError) -> SegmentGroup {
    var reader = try ObjectReader(node, context)
    let group = SegmentGroup(
      name: try reader.string("name"), values: try reader.optionalStrings("values") ?? [],
      next: try reader.optionalString("next"))
    try reader.finish()
    return group
  }

  static func encode(_ step: Step) -> JSONValue {
    var object = ObjectBuilder()
    object.add("id", step.id)
    object.add("type", step.kind.type.rawValue)
    if !step.name.isEmpty { object.add("name", step.name) }

    switch step.kind {
    case .start(let next), .stop(let next):
      object.add("next", next)
    case .wait(let wait):
      encode(wait.mode, into: &object)
      object.add("next", wait.next)
    case .activate(let activate):
      object.add("destinations", strings: activate.destinations)
      object.add("next", activate.next)
    case .segment(let segment):
      object.add("field", segment.field)
      object.add("groups", .array(segment.groups.map { JSONNode(encode($0)) }))
      object.add("other", segment.otherNext)
    case .pauseUntil(let pause):
      if let condition = pause.condition {
        object.add("condition", ConditionCoding.encode(condition))
      }
      if let timeout = pause.timeout { object.add("timeout", ConditionCoding.encode(timeout)) }
      object.add("whenMet", pause.metNext)
      object.add("onTimeout", pause.timeoutNext)
    }
    return object.value
  }

  private static func encode(_ mode: WaitMode?, into object: inout ObjectBuilder) {
    switch mode {
    case .none:
      return
    case .duration(let span):
      object.add("duration", ConditionCoding.encode(span))
    case .until(let until):
      var inner = ObjectBuilder()
      inner.add("weekday", until.weekday)
      inner.add("time", until.time)
      if case .contact(let field) = until.zone { inner.add("contactZoneField", field) }
      object.add("until", inner.value)
    }
  }

  private static func encode(_ group: SegmentGroup) -> JSONValue {
    var object = ObjectBuilder()
    object.add("name", group.name)
    object.add("values", strings: group.values)
    object.add("next", group.next)
    return object.value
  }
}
