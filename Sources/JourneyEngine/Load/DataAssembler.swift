import JourneyModel

/// Turns the parsed pieces of every source into the final stores: one numbering of contacts
/// in ascending id order, one string pool per field or property, columns, and per-contact
/// event and change arrays sorted by time (ties in file order).
struct DataAssembler {
  private let catalog: DataCatalog
  private let sources: [DataLoader.ParsedSource]
  private let options: LoadOptions
  private let absentFiles: [String]

  /// Prepares the assembly.
  init(
    catalog: DataCatalog, sources: [DataLoader.ParsedSource], options: LoadOptions,
    absentFiles: [String]
  ) {
    self.catalog = catalog
    self.sources = sources
    self.options = options
    self.absentFiles = absentFiles
  }

  /// Builds the data, or throws the first bad row when bad rows are not skipped.
  func assemble() throws(LoadError) -> ContactData {
    let report = try makeReport()
    let numbering = ContactNumbering(sources: sources)
    let pools = PoolMerger(catalog: catalog, sources: sources)
    let contactCount = numbering.ids.count
    guard contactCount < Int(Int32.max) else {
      throw .tooLarge(path: sources.first?.layout.path ?? "data", reason: "too many contacts")
    }

    for source in sources {
      for block in source.outputs.first?.blocks.indices ?? 0..<0 {
        let rows = source.outputs.reduce(0) { $0 + $1.blocks[block].count }
        guard rows < Int(Int32.max) else {
          throw .tooLarge(path: source.layout.path, reason: "more than 2^31 rows of one kind")
        }
      }
    }
    let profiles = buildProfiles(numbering, pools)
    let events = EventStore(tables: catalog.hub.events.indices.map { table in
      buildTable(table, numbering, pools)
    })
    var memberships: [String: IntervalTable] = [:]
    for (index, file) in catalog.membershipFiles.enumerated() {
      memberships[file.audience] = buildMemberships(index, numbering)
    }
    return ContactData(
      contactIDs: numbering.ids, profiles: profiles, events: events,
      memberships: memberships, report: report, timeRange: timeRange())
  }

  // MARK: - Report

  private func makeReport() throws(LoadError) -> LoadReport {
    var report = LoadReport()
    report.absentFiles = absentFiles
    for source in sources {
      let bad = source.outputs.flatMap(\.badRows)
      if let first = bad.first, !options.skipBadRows { throw .badRow(first) }
      report.skippedRows += bad
      report.files.append(LoadReport.File(
        path: source.layout.path, kind: DataAssembler.kindName(source.layout.role),
        rows: source.outputs.reduce(0) { $0 + $1.rows }, skipped: bad.count))
      report.ignored += ignored(source)
    }
    return report
  }

  private func ignored(_ source: DataLoader.ParsedSource) -> [LoadReport.Ignored] {
    var counts: [String: Int] = [:]
    for output in source.outputs {
      for (id, count) in output.unknownCounts.enumerated() {
        counts[output.unknown.string(Int32(id)), default: 0] += count
      }
    }
    let noun = source.layout.role == .events ? "events of table" : "changes of field"
    return counts.keys.sorted().map { name in
      LoadReport.Ignored(
        path: source.layout.path,
        reason: "\(noun) \"\(name)\", which the catalogue does not define",
        rows: counts[name] ?? 0)
    }
  }

  private static func kindName(_ role: SourceLayout.Role) -> String {
    switch role {
    case .profiles: return "profile"
    case .events: return "event"
    case .profileChanges: return "profile change"
    case .membership: return "membership"
    }
  }

  private func timeRange() -> ClosedRange<Int64>? {
    let outputs = sources.flatMap(\.outputs)
    let first = outputs.map(\.firstTime).min() ?? Int64.max
    let last = outputs.map(\.lastTime).max() ?? Int64.min
    return first <= last ? first...last : nil
  }

  // MARK: - Profiles

  private func buildProfiles(_ numbering: ContactNumbering, _ pools: PoolMerger) -> ProfileStore {
    let fields = catalog.hub.fields
    let count = numbering.ids.count
    var columns = fields.map { _ in [Int64](repeating: ValueCode.missing.raw, count: count) }
    for (sourceIndex, source) in sources.enumerated() where source.layout.role == .profiles {
      let slots = source.layout.profileSlots
      for (piece, output) in source.outputs.enumerated() {
        let block = output.blocks[0]
        let ranks = numbering.ranks(source: sourceIndex, piece: piece)
        for row in 0..<block.count {
          let contact = Int(ranks[Int(block.contacts[row])])
          for (slot, target) in slots.enumerated() {
            var value = block.values[row * block.width + slot]
            guard value != ValueCode.missing.raw else { continue }
            if fields[target.field].type == .string {
              value = pools.global(value, pool: target.field, source: sourceIndex, piece: piece)
            }
            columns[target.field][contact] = value
          }
        }
      }
    }

    let changes = buildChanges(numbering, pools)
    let finished = fields.indices.map { field in
      Column(type: fields[field].type, raw: columns[field], pool: pools.pool(field))
    }
    return ProfileStore(
      fields: fields, columns: finished, changeOffsets: changes.offsets,
      changeTimes: changes.times, changeFields: changes.keys, changeValues: changes.values[0])
  }

  private func buildChanges(_ numbering: ContactNumbering, _ pools: PoolMerger) -> Grouped {
    var grouped = Grouped(contactCount: numbering.ids.count, width: 1)
    let fields = catalog.hub.fields
    let blocks = sourceBlocks { $0 == .profileChanges ? 0 : nil }
    grouped.count(blocks, numbering)
    grouped.fill(blocks, numbering) { value, column, key, source, piece in
      guard fields[Int(key)].type == .string, value != ValueCode.missing.raw else { return value }
      return pools.global(value, pool: Int(key), source: source, piece: piece)
    }
    grouped.sortByTime()
    return grouped
  }

  // MARK: - Events

  private func buildTable(
    _ table: Int, _ numbering: ContactNumbering, _ pools: PoolMerger
  ) -> EventTableStore {
    let definition = catalog.hub.events[table]
    var grouped = Grouped(
      contactCount: numbering.ids.count, width: definition.properties.count)
    let blocks = sourceBlocks { $0 == .events ? table : nil }
    grouped.count(blocks, numbering)
    let propertyPools = catalog.propertyPools[table]
    grouped.fill(blocks, numbering) { value, column, _, source, piece in
      guard definition.properties[column].type == .string, value != ValueCode.missing.raw
      else { return value }
      return pools.global(value, pool: propertyPools[column], source: source, piece: piece)
    }
    grouped.sortByTime()
    let columns = definition.properties.indices.map { property in
      Column(
        type: definition.properties[property].type, raw: grouped.values[property],
        pool: pools.pool(propertyPools[property]))
    }
    return EventTableStore(
      definition: definition, offsets: grouped.offsets, times: grouped.times,
      properties: columns)
  }

  // MARK: - Memberships

  private func buildMemberships(_ audience: Int, _ numbering: ContactNumbering) -> IntervalTable {
    var grouped = Grouped(contactCount: numbering.ids.count, width: 1)
    let blocks = sourceBlocks { $0 == .membership(audience) ? 0 : nil }
    grouped.count(blocks, numbering)
    grouped.fill(blocks, numbering) { value, _, _, _, _ in value }
    grouped.sortByTime()

    var offsets: [Int32] = [0]
    var starts: [Int64] = []
    var ends: [Int64] = []
    offsets.reserveCapacity(numbering.ids.count + 1)
    for contact in 0..<numbering.ids.count {
      let range = Int(grouped.offsets[contact])..<Int(grouped.offsets[contact + 1])
      for row in range {
        let start = grouped.times[row]
        let end = grouped.values[0][row]
        if let last = ends.last, starts.count > Int(offsets[contact]), start <= last {
          ends[ends.count - 1] = max(last, end)
        } else {
          starts.append(start)
          ends.append(end)
        }
      }
      offsets.append(Int32(starts.count))
    }
    return IntervalTable(offsets: offsets, starts: starts, ends: ends)
  }

  // MARK: - Helpers

  /// The blocks of every piece of every source, with source and piece numbers, where
  /// `pick` gives the block index for a source role (nil skips the source).
  private func sourceBlocks(
    _ pick: (SourceLayout.Role) -> Int?
  ) -> [(source: Int, piece: Int, block: RowBlock)] {
    var blocks: [(source: Int, piece: Int, block: RowBlock)] = []
    for (sourceIndex, source) in sources.enumerated() {
      guard let index = pick(source.layout.role) else { continue }
      for (piece, output) in source.outputs.enumerated() {
        blocks.append((sourceIndex, piece, output.blocks[index]))
      }
    }
    return blocks
  }
}
