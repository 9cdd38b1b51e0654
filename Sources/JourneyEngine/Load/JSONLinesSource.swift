import Foundation
import JourneyModel
import TextFormats

/// Reads a JSON Lines data source: one flat JSON object per line, keys naming the columns.
/// A line that is not a JSON object is a bad row.
enum JSONLinesSource {
  // TODO: JSON Lines files are read on one thread and every record is held in memory until
  // the columns are known, so large JSON Lines exports load far slower than CSV ones.

  /// Parses `data` (in one piece: JSON Lines files are read on one thread).
  static func parse(
    _ data: Data, source: DataSource, role: SourceLayout.Role, catalog: DataCatalog,
    options: LoadOptions
  ) throws(LoadError) -> DataLoader.ParsedSource {
    var records: [JSONLinesRecord] = []
    var bad: [(line: Int, reason: String)] = []
    var keys: [String] = []
    var seen: Set<String> = []
    forEachLine(data) { line, text in
      do {
        let read = try JSONLinesReader(data: text).allRecords()
        guard let record = read.first else { return }
        records.append(JSONLinesRecord(line: line, keys: record.keys, values: record.values))
        for key in record.keys where seen.insert(key).inserted { keys.append(key) }
      } catch {
        bad.append((line, reason(error)))
      }
    }

    let header = roleNames(source, role).filter { seen.insert($0).inserted } + keys
    let layout = try SourceLayout(source: source, role: role, header: header, catalog: catalog)
    var parser = ChunkParser(
      layout: layout, catalog: catalog, skipBadRows: options.skipBadRows, lineOffset: 0)
    var pending = bad[...]
    for record in records {
      while let first = pending.first, first.line < record.line {
        parser.reject(line: first.line, reason: first.reason)
        pending = pending.dropFirst()
      }
      JSONRow.with(record, header: header) { parser.consume($0) }
    }
    for item in pending { parser.reject(line: item.line, reason: item.reason) }
    return DataLoader.ParsedSource(layout: layout, outputs: [parser.output])
  }

  /// Calls `body` with the number and bytes of every line that is not blank.
  private static func forEachLine(_ data: Data, _ body: (Int, Data) -> Void) {
    var number = 0
    var start = data.startIndex
    while start < data.endIndex {
      number += 1
      let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
      let line = data[start..<end]
      if line.contains(where: { !TextFormats.ValueText.isBlank($0) }) { body(number, Data(line)) }
      start = end < data.endIndex ? end + 1 : end
    }
  }

  /// The column names a source's role needs, present even when no line has them.
  private static func roleNames(_ source: DataSource, _ role: SourceLayout.Role) -> [String] {
    var names = [source.contactColumn]
    switch role {
    case .profiles: break
    case .events:
      names.append(source.timestampColumn ?? "timestamp")
      if source.eventName == nil { names.append(source.eventColumn ?? "event") }
    case .profileChanges:
      names += [source.timestampColumn ?? "timestamp", source.fieldColumn ?? "field",
        source.valueColumn ?? "value"]
    case .membership:
      names.append("joined_at")
    }
    return names
  }

  /// Why a line could not be read, without the line number the loader adds itself.
  private static func reason(_ error: any Error) -> String {
    switch error as? JSONLinesError {
    case .notAnObject(_, let found)?: return "the line holds \(found), not a JSON object"
    case .invalidJSON(_, let column, let reason)?: return "column \(column): \(reason)"
    case .duplicateKey(_, let key)?: return "the key \"\(key)\" appears twice"
    case .invalidUTF8?: return "the line is not valid UTF-8"
    default: return "the line cannot be read"
    }
  }
}

/// One JSON Lines record seen as a row of the synthetic header's columns.
private struct JSONRow: RowFields {
  let line: Int
  let fieldCount: Int
  private let base: UnsafeRawBufferPointer
  private let spans: [Range<Int>?]

  func bytes(_ column: Int) -> UnsafeRawBufferPointer {
    guard spans.indices.contains(column), let span = spans[column] else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    return UnsafeRawBufferPointer(rebasing: base[span])
  }

  /// Calls `body` with `record` laid out in `header`'s columns.
  static func with(_ record: JSONLinesRecord, header: [String], _ body: (JSONRow) -> Void) {
    var buffer: [UInt8] = []
    var spans: [Range<Int>?] = []
    for name in header {
      guard let value = record.value(name) else {
        spans.append(nil)
        continue
      }
      let start = buffer.count
      buffer.append(contentsOf: value.utf8)
      spans.append(start..<buffer.count)
    }
    buffer.withUnsafeBytes { raw in
      body(JSONRow(line: record.line, fieldCount: header.count, base: raw, spans: spans))
    }
  }
}
