import TextFormats

/// Reads and writes the data sources of `hub.json`.
enum DataSourceCoding {
  static func decode(_ node: JSONNode, _ context: String) throws(FormatError) -> DataSource {
    var reader = try ObjectReader(node, context)
    let kind: DataKind = try reader.choice("kind")
    let path = try reader.string("path")
    reader.context = "data source \"\(path)\""
    var source = DataSource(kind: kind, path: path)
    source.format = try reader.choice("format", default: .csv)
    source.delimiter = try reader.optionalString("delimiter") ?? ","
    source.contactColumn = try reader.optionalString("contactColumn") ?? "contact_id"
    source.timestampColumn = try reader.optionalString("timestampColumn")
    source.timestampFormat = try reader.optionalString("timestampFormat") ?? "iso8601"
    source.timeZone = try reader.optionalString("timeZone")
    source.eventColumn = try reader.optionalString("eventColumn")
    source.eventName = try reader.optionalString("eventName")
    source.fieldColumn = try reader.optionalString("fieldColumn")
    source.valueColumn = try reader.optionalString("valueColumn")
    if let columns = reader.node("columns"), columns.value != .null {
      guard case .object(let members) = columns.value else {
        throw ObjectReader.mismatch(columns, "columns", reader.context, "an object")
      }
      for member in members {
        let target = try ObjectReader.string(member.node, member.key, "the columns")
        source.columns.append(ColumnMapping(column: member.key, target: target))
      }
    }
    try reader.finish()
    try defaults(&source, node)
    return source
  }

  private static func defaults(_ source: inout DataSource, _ node: JSONNode) throws(FormatError) {
    switch source.kind {
    case .profiles:
      return
    case .events:
      source.timestampColumn = source.timestampColumn ?? "timestamp"
      if source.eventName == nil { source.eventColumn = source.eventColumn ?? "event" }
    case .profileChanges:
      source.timestampColumn = source.timestampColumn ?? "timestamp"
      source.fieldColumn = source.fieldColumn ?? "field"
      source.valueColumn = source.valueColumn ?? "value"
    }
  }

  static func encode(_ source: DataSource) -> JSONValue {
    var object = ObjectBuilder()
    object.add("kind", source.kind.rawValue)
    object.add("path", source.path)
    object.add("format", source.format.rawValue)
    object.add("delimiter", source.delimiter)
    object.add("contactColumn", source.contactColumn)
    object.add("timestampColumn", source.timestampColumn)
    object.add("timestampFormat", source.timestampFormat)
    object.add("timeZone", source.timeZone)
    object.add("eventColumn", source.eventColumn)
    object.add("eventName", source.eventName)
    object.add("fieldColumn", source.fieldColumn)
    object.add("valueColumn", source.valueColumn)
    if !source.columns.isEmpty {
      var columns = ObjectBuilder()
      for mapping in source.columns { columns.add(mapping.column, mapping.target) }
      object.add("columns", columns.value)
    }
    return object.value
  }
}
