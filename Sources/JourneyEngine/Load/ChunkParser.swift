import Foundation
import JourneyModel
import TextFormats

/// Reads the rows of one piece of a data file into row blocks, checking every value against
/// its field's type. A row that cannot be read is recorded with its line and reason; without
/// `skipBadRows` parsing stops there.
struct ChunkParser {
  /// What the piece held.
  struct Output: Sendable {
    /// Contact ids of the piece, numbered locally.
    var contacts = ByteInterner(capacity: 4096)
    /// Strings of the piece, one interner per pool.
    var strings: [ByteInterner]
    /// Profile rows, events per table, changes, or membership rows, by role.
    var blocks: [RowBlock]
    /// Rows that could not be read.
    var badRows: [BadRow] = []
    /// Names of unknown event tables or fields, and how many rows named each.
    var unknown = ByteInterner(capacity: 16)
    /// Rows per unknown name.
    var unknownCounts: [Int] = []
    /// Rows read into blocks.
    var rows = 0
    /// Earliest and latest time read.
    var firstTime = Int64.max
    /// Latest time read.
    var lastTime = Int64.min
  }

  private let layout: SourceLayout
  private let catalog: DataCatalog
  private let skipBadRows: Bool
  /// Added to the lines the rows report, to give file lines.
  var lineOffset: Int
  private var timestamps: TimestampParser
  private var dates: TimestampParser
  private var scratch: [Int64] = []
  private var lastContact: Int32 = -1
  private var lastContactBytes: [UInt8] = []
  /// What has been read so far.
  private(set) var output: Output
  /// True once a bad row stopped the parse.
  private(set) var stopped = false

  /// A parser for rows of `layout` whose local line 1 is file line `lineOffset + 1`.
  init(layout: SourceLayout, catalog: DataCatalog, skipBadRows: Bool, lineOffset: Int) {
    self.layout = layout
    self.catalog = catalog
    self.skipBadRows = skipBadRows
    self.lineOffset = lineOffset
    timestamps = TimestampParser(format: layout.timestampFormat, zone: layout.zone)
    dates = TimestampParser(format: .iso8601, zone: layout.zone)
    let strings = (0..<catalog.poolCount).map { _ in ByteInterner(capacity: 8) }
    let blocks: [RowBlock]
    switch layout.role {
    case .profiles: blocks = [RowBlock(width: layout.profileSlots.count)]
    case .events: blocks = catalog.hub.events.map { RowBlock(width: $0.properties.count) }
    case .profileChanges: blocks = [RowBlock(width: 1)]
    case .membership: blocks = [RowBlock(width: 1)]
    }
    output = Output(strings: strings, blocks: blocks)
  }

  /// Reads one row.
  mutating func consume<Row: RowFields>(_ row: Row) {
    guard !stopped else { return }
    let reason: String?
    if row.fieldCount != layout.header.count {
      reason = "the row has \(row.fieldCount) fields but the header has \(layout.header.count)"
    } else {
      switch layout.role {
      case .profiles: reason = profile(row)
      case .events: reason = event(row)
      case .profileChanges: reason = change(row)
      case .membership: reason = membership(row)
      }
    }
    if let reason { reject(line: row.line, reason: reason) }
  }

  /// Records a row that could not be read at local line `line`.
  mutating func reject(line: Int, reason: String) {
    output.badRows.append(BadRow(path: layout.path, line: line + lineOffset, reason: reason))
    if !skipBadRows { stopped = true }
  }

  // MARK: - Roles

  private mutating func profile<Row: RowFields>(_ row: Row) -> String? {
    guard let contact = contactBytes(row) else { return missing(layout.contact) }
    scratch.removeAll(keepingCapacity: true)
    for slot in layout.profileSlots {
      let type = catalog.hub.fields[slot.field].type
      guard let value = typed(row.bytes(slot.column), type: type) else {
        return misfit(row, slot.column, type)
      }
      scratch.append(value)
    }
    let id = contactID(contact)
    for (slot, target) in layout.profileSlots.enumerated()
    where catalog.hub.fields[target.field].type == .string {
      let text = row.bytes(target.column).trimmedValue
      guard !text.isEmpty else { continue }
      scratch[slot] = Int64(output.strings[target.field].intern(text))
    }
    output.blocks[0].contacts.append(id)
    output.blocks[0].values.append(contentsOf: scratch)
    output.rows += 1
    return nil
  }

  private mutating func event<Row: RowFields>(_ row: Row) -> String? {
    guard let contact = contactBytes(row) else { return missing(layout.contact) }
    var table = layout.fixedTable
    if layout.event >= 0 {
      let name = row.bytes(layout.event).trimmedValue
      guard !name.isEmpty else { return missing(layout.event) }
      table = catalog.tableNames.find(name).map(Int.init) ?? -1
      if table < 0 {
        countUnknown(name)
        return nil
      }
    } else if table < 0 {
      return nil
    }
    guard let time = timestamp(row) else { return badTime(row) }

    let columns = layout.propertyColumns[table]
    let properties = catalog.hub.events[table].properties
    scratch.removeAll(keepingCapacity: true)
    for (index, column) in columns.enumerated() {
      guard column >= 0 else {
        scratch.append(ValueCode.missing.raw)
        continue
      }
      let type = properties[index].type
      guard let value = typed(row.bytes(column), type: type) else {
        return misfit(row, column, type)
      }
      scratch.append(value)
    }
    for (index, column) in columns.enumerated() where column >= 0 {
      if properties[index].type == .string, !ValueCode(raw: scratch[index]).isMissing {
        let pool = catalog.propertyPools[table][index]
        scratch[index] = Int64(output.strings[pool].intern(row.bytes(column).trimmedValue))
      }
    }
    let id = contactID(contact)
    output.blocks[table].contacts.append(id)
    output.blocks[table].times.append(time)
    output.blocks[table].values.append(contentsOf: scratch)
    note(time)
    return nil
  }

  private mutating func change<Row: RowFields>(_ row: Row) -> String? {
    guard let contact = contactBytes(row) else { return missing(layout.contact) }
    let fieldBytes = row.bytes(layout.key).trimmedValue
    guard !fieldBytes.isEmpty else { return missing(layout.key) }
    guard let field = fieldIndex(fieldBytes) else {
      countUnknown(fieldBytes)
      return nil
    }
    guard let time = timestamp(row) else { return badTime(row) }
    let type = catalog.hub.fields[field].type
    let valueBytes = row.bytes(layout.value)
    guard var value = typed(valueBytes, type: type) else {
      return misfit(row, layout.value, type)
    }
    if type == .string, !ValueCode(raw: value).isMissing {
      value = Int64(output.strings[field].intern(valueBytes.trimmedValue))
    }
    let id = contactID(contact)
    output.blocks[0].contacts.append(id)
    output.blocks[0].times.append(time)
    output.blocks[0].keys.append(Int32(field))
    output.blocks[0].values.append(value)
    note(time)
    return nil
  }

  private mutating func membership<Row: RowFields>(_ row: Row) -> String? {
    guard let contact = contactBytes(row) else { return missing(layout.contact) }
    guard let joined = timestamp(row) else { return badTime(row) }
    var left = Int64.max
    if layout.key >= 0 {
      let bytes = row.bytes(layout.key)
      if !bytes.trimmedValue.isEmpty {
        guard let time = timestamps.parse(bytes) else {
          return "\(layout.name(layout.key)) \"\(bytes.text)\" is not a "
            + "\(layout.timestampFormat.name) timestamp"
        }
        guard time > joined else {
          return "\(layout.name(layout.key)) is not after \(layout.name(layout.time))"
        }
        left = time
      }
    }
    let id = contactID(contact)
    output.blocks[0].contacts.append(id)
    output.blocks[0].times.append(joined)
    output.blocks[0].values.append(left)
    note(joined)
    if left != Int64.max { noteTime(left) }
    return nil
  }

  // MARK: - Values

  // TODO: bytes that are not valid UTF-8 are not reported as a bad row; they become U+FFFD
  // when the ids and strings are turned into text, so two ids can end up looking alike.

  /// The local number of a contact id; rows of one contact often follow each other, so the
  /// previous row's id is checked first.
  private mutating func contactID(_ bytes: UnsafeRawBufferPointer) -> Int32 {
    if lastContact >= 0, bytes.count == lastContactBytes.count,
      lastContactBytes.withUnsafeBytes({ previous in
        guard let left = previous.baseAddress, let right = bytes.baseAddress else { return true }
        return memcmp(left, right, bytes.count) == 0
      })
    {
      return lastContact
    }
    lastContact = output.contacts.intern(bytes)
    lastContactBytes.removeAll(keepingCapacity: true)
    lastContactBytes.append(contentsOf: bytes)
    return lastContact
  }

  /// The trimmed contact id, or nil when it is empty.
  private func contactBytes<Row: RowFields>(_ row: Row) -> UnsafeRawBufferPointer? {
    let bytes = row.bytes(layout.contact).trimmedValue
    return bytes.isEmpty ? nil : bytes
  }

  /// The row's timestamp, or nil when it is missing or does not fit the format.
  private mutating func timestamp<Row: RowFields>(_ row: Row) -> Int64? {
    timestamps.parse(row.bytes(layout.time))
  }

  /// A value of `type` as `ValueCode` bits (strings: 0 until interned), `.missing` when
  /// empty, or nil when it does not fit the type.
  private mutating func typed(_ bytes: UnsafeRawBufferPointer, type: FieldType) -> Int64? {
    let text = bytes.trimmedValue
    if text.isEmpty { return ValueCode.missing.raw }
    switch type {
    case .number:
      return DecimalParser.parse(text).map { ValueCode(number: $0).raw }
    case .bool:
      return TextFormats.ValueText.bool(text).map { $0 ? 1 : 0 }
    case .date:
      if let time = timestamps.parse(text) ?? dates.parse(text) { return time }
      return nil
    case .string:
      return 0
    }
  }

  private func fieldIndex(_ name: UnsafeRawBufferPointer) -> Int? {
    if let index = catalog.fieldNames.find(name) { return Int(index) }
    guard !layout.renames.isEmpty else { return nil }
    let text = String(decoding: name, as: UTF8.self)
    guard let target = layout.renames[text] else { return nil }
    return catalog.hub.fields.firstIndex { $0.name == target }
  }

  private mutating func countUnknown(_ name: UnsafeRawBufferPointer) {
    let id = Int(output.unknown.intern(name))
    if id == output.unknownCounts.count { output.unknownCounts.append(0) }
    output.unknownCounts[id] += 1
  }

  private mutating func note(_ time: Int64) {
    output.rows += 1
    noteTime(time)
  }

  private mutating func noteTime(_ time: Int64) {
    if time < output.firstTime { output.firstTime = time }
    if time > output.lastTime { output.lastTime = time }
  }

  // MARK: - Reasons

  private func missing(_ column: Int) -> String {
    "\(layout.name(column)) is empty"
  }

  private func badTime<Row: RowFields>(_ row: Row) -> String {
    let text = row.bytes(layout.time).text
    if text.isEmpty { return missing(layout.time) }
    return "\(layout.name(layout.time)) \"\(text)\" is not a \(layout.timestampFormat.name) "
      + "timestamp"
  }

  private func misfit<Row: RowFields>(_ row: Row, _ column: Int, _ type: FieldType) -> String {
    let text = row.bytes(column).text
    switch type {
    case .number: return "\(layout.name(column)) \"\(text)\" is not a number"
    case .bool: return "\(layout.name(column)) \"\(text)\" is not true/false, yes/no or 1/0"
    case .date: return "\(layout.name(column)) \"\(text)\" is not an ISO 8601 date"
    case .string: return "\(layout.name(column)) \"\(text)\" is not text"
    }
  }
}

extension UnsafeRawBufferPointer {
  /// The bytes without blanks around them.
  var trimmedValue: UnsafeRawBufferPointer { TextFormats.ValueText.trimmed(self) }

  /// The trimmed bytes as text for messages (invalid UTF-8 replaced), at most 60 characters.
  var text: String {
    let text = String(decoding: trimmedValue, as: UTF8.self)
    return text.count > 60 ? String(text.prefix(57)) + "..." : text
  }
}
