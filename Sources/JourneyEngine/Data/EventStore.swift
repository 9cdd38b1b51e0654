import JourneyModel

/// Every event of the data, one store per event table of the catalogue.
public struct EventStore: Sendable {
  /// The tables, in catalogue order.
  public let tables: [EventTableStore]
  private let tableIndexes: [String: Int]

  /// Assembles the store.
  init(tables: [EventTableStore]) {
    self.tables = tables
    var indexes: [String: Int] = [:]
    for (index, table) in tables.enumerated() where indexes[table.definition.name] == nil {
      indexes[table.definition.name] = index
    }
    tableIndexes = indexes
  }

  /// The index of the table named `name`.
  public func tableIndex(_ name: String) -> Int? {
    tableIndexes[name]
  }

  /// How many events all tables hold.
  public var count: Int { tables.reduce(0) { $0 + $1.count } }
}

/// The events of one table: grouped per contact (offsets into flat arrays), each contact's
/// sorted by time and then by their order in the files; properties stored by column.
public struct EventTableStore: Sendable {
  /// The table in the catalogue.
  public let definition: EventTable
  /// Where each contact's events start (contact count + 1 entries).
  let offsets: [Int32]
  /// When each event happened.
  let times: [Int64]
  /// One column per property of the table, one row per event.
  let properties: [Column]

  /// Assembles a table.
  init(definition: EventTable, offsets: [Int32], times: [Int64], properties: [Column]) {
    self.definition = definition
    self.offsets = offsets
    self.times = times
    self.properties = properties
  }

  /// How many events the table holds.
  public var count: Int { times.count }

  /// The positions of `contact`'s events.
  @inline(__always)
  func range(of contact: Int32) -> Range<Int> {
    Int(offsets[Int(contact)])..<Int(offsets[Int(contact) + 1])
  }
}
