import TextFormats

/// Reads and writes conditions, shared by journeys and the hub catalogue.
///
/// A field test is `{"field": "status", "op": "=", "value": "converted"}`; `in` and `not in`
/// take `"values": [...]`; `is set` and `is not set` take neither. An event test is
/// `{"event": "purchase", "where": [field tests on properties], "atLeast": 2}`.
enum ConditionCoding {
  static func fieldCondition(
    _ node: JSONNode, _ context: String, key: String = "field"
  ) throws(FormatError) -> FieldCondition {
    var reader = try ObjectReader(node, context)
    let field = try reader.string(key)
    let opText = try reader.string("op")
    guard let op = ConditionOperator(rawValue: opText) else {
      throw FormatError(at: reader.start, "\(context) has operator \"\(opText)\": expected one of "
        + ObjectReader.list(ConditionOperator.allCases.map(\.rawValue)))
    }
    var values: [String] = []
    if let valueNode = reader.node("value"), valueNode.value != .null {
      values = [try ObjectReader.scalarText(valueNode, "value", context)]
    }
    if let many = try reader.optionalStrings("values") {
      values += many
    }
    try reader.finish()
    return FieldCondition(field: field, op: op, values: values)
  }

  static func encode(_ condition: FieldCondition, key: String = "field") -> JSONValue {
    var object = ObjectBuilder()
    object.add(key, condition.field)
    object.add("op", condition.op.rawValue)
    switch condition.op.arity {
    case .one where condition.values.count == 1:
      object.add("value", condition.values[0])
    case .none where condition.values.isEmpty:
      break
    default:
      object.add("values", strings: condition.values)
    }
    return object.value
  }

  static func eventCondition(
    _ reader: inout ObjectReader
  ) throws(FormatError) -> EventCondition {
    let event = try reader.string("event")
    var filters: [FieldCondition] = []
    for item in try reader.optionalArray("where") ?? [] {
      filters.append(try fieldCondition(item, "a filter of event \"\(event)\"", key: "property"))
    }
    let count = try reader.optionalInt("atLeast") ?? 1
    return EventCondition(event: event, filters: filters, minimumCount: count)
  }

  static func encodeEvent(_ condition: EventCondition, into object: inout ObjectBuilder) {
    object.add("event", condition.event)
    if !condition.filters.isEmpty {
      object.add("where", .array(condition.filters.map { JSONNode(encode($0, key: "property")) }))
    }
    if condition.minimumCount != 1 {
      object.add("atLeast", condition.minimumCount)
    }
  }

  static func condition(_ node: JSONNode, _ context: String) throws(FormatError) -> Condition {
    let reader = try ObjectReader(node, context)
    if reader.has("event") {
      var events = reader
      let condition = try eventCondition(&events)
      try events.finish()
      return .event(condition)
    }
    if reader.has("field") {
      return .profile(try fieldCondition(node, context))
    }
    throw FormatError(at: node.position, "\(context) needs \"field\" (a profile test) "
      + "or \"event\" (an event test)")
  }

  static func encode(_ condition: Condition) -> JSONValue {
    switch condition {
    case .profile(let test):
      return encode(test)
    case .event(let test):
      var object = ObjectBuilder()
      encodeEvent(test, into: &object)
      return object.value
    }
  }

  static func entryRule(_ node: JSONNode, _ context: String) throws(FormatError) -> EntryRule {
    var reader = try ObjectReader(node, context)
    if let audience = try reader.optionalString("audience") {
      try reader.finish()
      return .audience(audience)
    }
    guard reader.has("event") else {
      throw FormatError(at: node.position, "\(context) needs \"audience\" (an audience name) "
        + "or \"event\" (an event test)")
    }
    let condition = try eventCondition(&reader)
    try reader.finish()
    return .event(condition)
  }

  static func encode(_ rule: EntryRule) -> JSONValue {
    var object = ObjectBuilder()
    switch rule {
    case .audience(let name): object.add("audience", name)
    case .event(let test): encodeEvent(test, into: &object)
    }
    return object.value
  }

  static func ruleSet<Rule>(
    _ node: JSONNode?, _ context: String,
    _ readRule: (JSONNode, String) throws(FormatError) -> Rule
  ) throws(FormatError) -> RuleSet<Rule> {
    guard let node, node.value != .null else { return RuleSet() }
    var reader = try ObjectReader(node, context)
    let op: RuleOperator = try reader.choice("operator", default: .any)
    var rules: [Rule] = []
    for (index, item) in try reader.array("rules").enumerated() {
      rules.append(try readRule(item, "rule \(index + 1) of \(context)"))
    }
    try reader.finish()
    return RuleSet(op, rules)
  }

  static func encode<Rule>(_ set: RuleSet<Rule>, _ encodeRule: (Rule) -> JSONValue) -> JSONValue {
    var object = ObjectBuilder()
    object.add("operator", set.op.rawValue)
    object.add("rules", .array(set.rules.map { JSONNode(encodeRule($0)) }))
    return object.value
  }

  static func span(_ node: JSONNode, _ context: String) throws(FormatError) -> TimeSpan {
    var reader = try ObjectReader(node, context)
    let amount = try reader.int("amount")
    let unitText = try reader.string("unit")
    guard let unit = TimeUnit(text: unitText) else {
      throw FormatError(at: node.position, "\(context) has unit \"\(unitText)\": expected one of "
        + ObjectReader.list(TimeUnit.allCases.map(\.rawValue)))
    }
    try reader.finish()
    return TimeSpan(amount, unit)
  }

  static func encode(_ span: TimeSpan) -> JSONValue {
    var object = ObjectBuilder()
    object.add("amount", span.amount)
    object.add("unit", span.unit.rawValue)
    return object.value
  }
}
