import JourneyModel

/// The catalogue as the loader needs it: field and table lookups, and one string pool number
/// for every string field and every string event property.
struct DataCatalog: Sendable {
  /// The hub catalogue.
  let hub: Hub
  /// Audiences defined by a membership file: name and path.
  let membershipFiles: [(audience: String, path: String)]
  /// Pool number of event property `[table][property]` (fields use their own index).
  let propertyPools: [[Int]]
  /// How many pools there are.
  let poolCount: Int
  /// Event table names to table indexes.
  let tableNames: ByteInterner
  /// Field names to field indexes.
  let fieldNames: ByteInterner

  /// Prepares lookups for `hub`.
  init(hub: Hub) {
    self.hub = hub
    membershipFiles = hub.audiences.compactMap { audience in
      if case .membership(let file) = audience.definition { return (audience.name, file) }
      return nil
    }
    var next = hub.fields.count
    propertyPools = hub.events.map { table in
      table.properties.map { _ in
        defer { next += 1 }
        return next
      }
    }
    poolCount = next
    tableNames = DataCatalog.interner(hub.events.map(\.name))
    fieldNames = DataCatalog.interner(hub.fields.map(\.name))
  }

  /// The type of the values in pool `pool`.
  func poolType(_ pool: Int) -> FieldType {
    if pool < hub.fields.count { return hub.fields[pool].type }
    for (table, pools) in propertyPools.enumerated() {
      if let property = pools.firstIndex(of: pool) {
        return hub.events[table].properties[property].type
      }
    }
    return .string
  }

  /// An interner numbering `names` in order (a repeated name keeps its first number).
  private static func interner(_ names: [String]) -> ByteInterner {
    var interner = ByteInterner(capacity: max(16, names.count))
    for name in names {
      var name = name
      _ = name.withUTF8 { interner.intern(UnsafeRawBufferPointer($0)) }
    }
    return interner
  }
}
