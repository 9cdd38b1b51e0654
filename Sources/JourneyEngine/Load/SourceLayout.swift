import JourneyModel
import TextFormats

/// Where a data source's values sit in its file: the column of each role, the field or
/// property each other column feeds, resolved once from the header row.
struct SourceLayout: Sendable {
  /// What the file holds.
  enum Role: Sendable, Equatable {
    case profiles
    case events
    case profileChanges
    /// The membership file of the audience with this index in `DataCatalog.audiences`.
    case membership(Int)
  }

  /// The path as declared.
  let path: String
  /// What the file holds.
  let role: Role
  /// The header's column names.
  let header: [String]
  /// The contact id column.
  let contact: Int
  /// The timestamp column (events, changes), or the join column (memberships).
  let time: Int
  /// Events: the event name column, or -1 when every row has `fixedTable`.
  let event: Int
  /// Events: the table of every row when the file has no event column (-1 when unknown).
  let fixedTable: Int
  /// Changes: the field name column; memberships: the leave column (-1 when absent).
  let key: Int
  /// Changes: the value column.
  let value: Int
  /// Profiles: (column, field index) pairs.
  let profileSlots: [(column: Int, field: Int)]
  /// Events: per table, per property, the column holding it or -1.
  let propertyColumns: [[Int]]
  /// How timestamps are written.
  let timestampFormat: TimestampFormat
  /// The zone of timestamps and dates written without an offset.
  let zone: ZoneRules
  /// Column renames: a field name in a change row, or a column name, to its target.
  let renames: [String: String]

  /// Resolves `source`'s columns in `header`, or says which required ones are missing.
  init(
    source: DataSource, role: Role, header: [String], catalog: DataCatalog
  ) throws(LoadError) {
    path = source.path
    self.role = role
    self.header = header
    var renames: [String: String] = [:]
    for mapping in source.columns { renames[mapping.column] = mapping.target }
    self.renames = renames

    do {
      timestampFormat = try TimestampFormat(name: source.timestampFormat)
    } catch {
      throw .badSource(path: source.path, reason: error.description)
    }
    let zoneName = source.timeZone ?? catalog.hub.timeZone
    do {
      zone = try ZoneCache.shared.rules(for: zoneName)
    } catch {
      throw .badSource(path: source.path, reason: error.description)
    }

    var positions: [String: Int] = [:]
    for (index, name) in header.enumerated() where positions[name] == nil {
      positions[name] = index
    }
    var missing: [String] = []
    func column(_ name: String?) -> Int {
      guard let name else { return -1 }
      if let index = positions[name] { return index }
      missing.append(name)
      return -1
    }

    contact = column(source.contactColumn)
    switch role {
    case .profiles:
      time = -1
      event = -1
      fixedTable = -1
      key = -1
      value = -1
    case .events:
      time = column(source.timestampColumn ?? "timestamp")
      if let name = source.eventName {
        event = -1
        fixedTable = catalog.hub.events.firstIndex { $0.name == name } ?? -1
      } else {
        event = column(source.eventColumn ?? "event")
        fixedTable = -1
      }
      key = -1
      value = -1
    case .profileChanges:
      time = column(source.timestampColumn ?? "timestamp")
      event = -1
      fixedTable = -1
      key = column(source.fieldColumn ?? "field")
      value = column(source.valueColumn ?? "value")
    case .membership:
      time = column(SourceLayout.firstPresent(["joined_at", "join", "joined"], positions))
      event = -1
      fixedTable = -1
      key = SourceLayout.firstPresent(["left_at", "leave", "left"], positions)
        .flatMap { positions[$0] } ?? -1
      value = -1
    }
    guard missing.isEmpty else {
      throw .missingColumns(path: source.path, columns: missing, found: header)
    }

    let roles = Set([contact, time, event, key, value].filter { $0 >= 0 })
    var targets: [String: Int] = [:]
    for (index, name) in header.enumerated() where !roles.contains(index) {
      let target = renames[name] ?? name
      if targets[target] == nil { targets[target] = index }
    }
    if role == .profiles {
      profileSlots = catalog.hub.fields.enumerated().compactMap { field in
        targets[field.element.name].map { (column: $0, field: field.offset) }
      }
    } else {
      profileSlots = []
    }
    if role == .events {
      propertyColumns = catalog.hub.events.map { table in
        table.properties.map { targets[$0.name] ?? -1 }
      }
    } else {
      propertyColumns = []
    }
  }

  /// The first of `names` present in the header, or the first name when none is.
  private static func firstPresent(_ names: [String], _ positions: [String: Int]) -> String? {
    names.first { positions[$0] != nil } ?? names.first
  }

  /// The name of column `index`, for messages.
  func name(_ index: Int) -> String {
    header.indices.contains(index) ? header[index] : "column \(index + 1)"
  }
}
