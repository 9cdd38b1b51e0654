import TextFormats

/// The `hub.json` format, version 1: fields, event tables, audiences, destinations and data
/// sources, with keys in a fixed order.
public enum HubCoding {
  /// Reads a catalogue from the text of a file; `file` names it in errors.
  public static func decode(_ text: String, file: String = "") throws(FormatError) -> Hub {
    try FileDecoding.decode(text, file: file, decode)
  }

  /// Reads a catalogue from parsed JSON.
  public static func decode(_ root: JSONNode) throws(FormatError) -> Hub {
    var reader = try ObjectReader(root, "the hub catalogue")
    let version = try reader.optionalInt("formatVersion") ?? JourneyCoding.formatVersion
    guard version == JourneyCoding.formatVersion else {
      throw FormatError(at: root.position, "format version \(version) is not supported: this "
        + "program reads version \(JourneyCoding.formatVersion)")
    }

    var hub = Hub(timeZone: try reader.optionalString("timeZone") ?? "UTC")
    var names = UniqueNames()
    for node in try reader.optionalArray("fields") ?? [] {
      hub.fields.append(try field(node))
      try names.check("field", hub.fields.last?.name, at: node.position)
    }
    for node in try reader.optionalArray("events") ?? [] {
      hub.events.append(try eventTable(node))
      try names.check("event table", hub.events.last?.name, at: node.position)
    }
    for node in try reader.optionalArray("audiences") ?? [] {
      hub.audiences.append(try audience(node))
      try names.check("audience", hub.audiences.last?.name, at: node.position)
    }
    for node in try reader.optionalArray("destinations") ?? [] {
      hub.destinations.append(try destination(node))
      try names.check("destination", hub.destinations.last?.id, at: node.position)
    }
    for (index, node) in (try reader.optionalArray("dataSources") ?? []).enumerated() {
      hub.dataSources.append(try DataSourceCoding.decode(node, "data source \(index + 1)"))
    }
    try reader.finish()
    return hub
  }

  /// The names seen so far in each list of the catalogue, to refuse a second use of one.
  private struct UniqueNames {
    private var seen: [String: Set<String>] = [:]

    mutating func check(
      _ what: String, _ name: String?, at position: TextPosition?
    ) throws(FormatError) {
      guard let name else { return }
      guard seen[what, default: []].insert(name).inserted else {
        throw FormatError(at: position, "two of the catalogue's \(what)s are named "
          + "\"\(name)\": names must be unique")
      }
    }
  }

  private static func type(
    _ reader: inout ObjectReader
  ) throws(FormatError) -> FieldType {
    try reader.choice("type")
  }

  private static func field(_ node: JSONNode) throws(FormatError) -> FieldDefinition {
    var reader = try ObjectReader(node, "a field")
    let name = try reader.string("name")
    reader.context = "field \"\(name)\""
    let field = FieldDefinition(
      name: name, type: try type(&reader), knownValues: try reader.optionalStrings("knownValues"))
    try reader.finish()
    return field
  }

  private static func eventTable(_ node: JSONNode) throws(FormatError) -> EventTable {
    var reader = try ObjectReader(node, "an event table")
    let name = try reader.string("name")
    reader.context = "event table \"\(name)\""
    var properties: [PropertyDefinition] = []
    for item in try reader.optionalArray("properties") ?? [] {
      var property = try ObjectReader(item, "a property of event table \"\(name)\"")
      properties.append(PropertyDefinition(
        name: try property.string("name"), type: try type(&property)))
      try property.finish()
    }
    try reader.finish()
    return EventTable(name: name, properties: properties)
  }

  private static func audience(_ node: JSONNode) throws(FormatError) -> Audience {
    var reader = try ObjectReader(node, "an audience")
    let name = try reader.string("name")
    reader.context = "audience \"\(name)\""
    let description = try reader.optionalString("description") ?? ""
    let definition: AudienceDefinition
    if let file = try reader.optionalString("membershipFile") {
      definition = .membership(file: file)
    } else if let rule = reader.node("rule") {
      definition = .rule(try ConditionCoding.ruleSet(
        rule, "the rule of audience \"\(name)\"", audienceCondition))
    } else {
      throw FormatError(at: node.position, "audience \"\(name)\" needs \"rule\" or "
        + "\"membershipFile\"")
    }
    try reader.finish()
    return Audience(name: name, description: description, definition: definition)
  }

  private static func audienceCondition(
    _ node: JSONNode, _ context: String
  ) throws(FormatError) -> AudienceCondition {
    var reader = try ObjectReader(node, context)
    if reader.has("field") {
      return .profile(try ConditionCoding.fieldCondition(node, context))
    }
    var filters: [FieldCondition] = []
    for item in try reader.optionalArray("where") ?? [] {
      filters.append(try ConditionCoding.fieldCondition(item, "a filter of \(context)",
        key: "property"))
    }
    let days = try reader.int("inLastDays")
    if let event = try reader.optionalString("noEvent") {
      try reader.finish()
      return .noEvent(event: event, filters: filters, days: days)
    }
    let event = try reader.string("event")
    let count = try reader.optionalInt("atLeast") ?? 1
    try reader.finish()
    return .eventCount(event: event, filters: filters, atLeast: count, days: days)
  }

  private static func destination(_ node: JSONNode) throws(FormatError) -> Destination {
    var reader = try ObjectReader(node, "a destination")
    let id = try reader.string("id")
    reader.context = "destination \"\(id)\""
    let name = try reader.optionalString("name") ?? id
    let kind = try reader.optionalString("kind") ?? "other"
    var delivery: Delivery?
    if let deliveryNode = reader.node("delivery"), deliveryNode.value != .null {
      delivery = try self.delivery(deliveryNode, "the delivery of destination \"\(id)\"")
    }
    try reader.finish()
    return Destination(id: id, name: name, kind: kind, delivery: delivery)
  }

  private static func delivery(
    _ node: JSONNode, _ context: String
  ) throws(FormatError) -> Delivery {
    var reader = try ObjectReader(node, context)
    let result: Delivery
    if let path = try reader.optionalString("file") {
      result = .file(path: path, format: try reader.optionalString("format") ?? "jsonl")
    } else if let url = try reader.optionalString("webhook") {
      result = .webhook(url: url)
    } else if let command = try reader.optionalStrings("command"), !command.isEmpty {
      result = .command(command)
    } else {
      throw FormatError(at: node.position, "\(context) needs \"file\", \"webhook\" or "
        + "\"command\"")
    }
    try reader.finish()
    return result
  }

  /// The canonical text of `hub.json`.
  public static func encode(_ hub: Hub) -> String {
    var object = ObjectBuilder()
    object.add("formatVersion", JourneyCoding.formatVersion)
    object.add("timeZone", hub.timeZone)
    object.add("fields", .array(hub.fields.map { JSONNode(encode($0)) }))
    object.add("events", .array(hub.events.map { JSONNode(encode($0)) }))
    object.add("audiences", .array(hub.audiences.map { JSONNode(encode($0)) }))
    object.add("destinations", .array(hub.destinations.map { JSONNode(encode($0)) }))
    if !hub.dataSources.isEmpty {
      object.add("dataSources", .array(hub.dataSources.map {
        JSONNode(DataSourceCoding.encode($0))
      }))
    }
    return JSONWriter.text(of: object.value)
  }

  private static func encode(_ field: FieldDefinition) -> JSONValue {
    var object = ObjectBuilder()
    object.add("name", field.name)
    object.add("type", field.type.rawValue)
    if let known = field.knownValues { object.add("knownValues", strings: known) }
    return object.value
  }

  private static func encode(_ table: EventTable) -> JSONValue {
    var object = ObjectBuilder()
    object.add("name", table.name)
    object.add("properties", .array(table.properties.map { property in
      var inner = ObjectBuilder()
      inner.add("name", property.name)
      inner.add("type", property.type.rawValue)
      return JSONNode(inner.value)
    }))
    return object.value
  }

  private static func encode(_ audience: Audience) -> JSONValue {
    var object = ObjectBuilder()
    object.add("name", audience.name)
    if !audience.description.isEmpty { object.add("description", audience.description) }
    switch audience.definition {
    case .membership(let file): object.add("membershipFile", file)
    case .rule(let rules): object.add("rule", ConditionCoding.encode(rules, encode))
    }
    return object.value
  }

  private static func encode(_ condition: AudienceCondition) -> JSONValue {
    var object = ObjectBuilder()
    switch condition {
    case .profile(let test):
      return ConditionCoding.encode(test)
    case .eventCount(let event, let filters, let count, let days):
      object.add("event", event)
      addFilters(filters, to: &object)
      object.add("atLeast", count)
      object.add("inLastDays", days)
    case .noEvent(let event, let filters, let days):
      object.add("noEvent", event)
      addFilters(filters, to: &object)
      object.add("inLastDays", days)
    }
    return object.value
  }

  private static func addFilters(_ filters: [FieldCondition], to object: inout ObjectBuilder) {
    guard !filters.isEmpty else { return }
    object.add("where", .array(filters.map {
      JSONNode(ConditionCoding.encode($0, key: "property"))
    }))
  }

  private static func encode(_ destination: Destination) -> JSONValue {
    var object = ObjectBuilder()
    object.add("id", destination.id)
    object.add("name", destination.name)
    object.add("kind", destination.kind)
    if let delivery = destination.delivery {
      var inner = ObjectBuilder()
      switch delivery {
      case .file(let path, let format):
        inner.add("file", path)
        inner.add("format", format)
      case .webhook(let url):
        inner.add("webhook", url)
      case .command(let argv):
        inner.add("command", strings: argv)
      }
      object.add("delivery", inner.value)
    }
    return object.value
  }
}
