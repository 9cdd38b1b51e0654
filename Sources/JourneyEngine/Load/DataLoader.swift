import Foundation
import JourneyModel
import TextFormats

/// Loads contact data: reads every data source (pieces of large CSV files in parallel), then
/// assembles the stores.
struct DataLoader: Sendable {
  /// One source read: its layout and what each piece held, in file order.
  struct ParsedSource: Sendable {
    /// Where its values sit.
    let layout: SourceLayout
    /// What each piece held.
    let outputs: [ChunkParser.Output]
  }

  private let catalog: DataCatalog
  private let options: LoadOptions
  private let files: FileSet

  /// A loader for `hub`'s sources in `files`.
  init(hub: Hub, options: LoadOptions, files: FileSet) {
    catalog = DataCatalog(hub: hub)
    self.options = options
    self.files = files
  }

  /// Reads every source and assembles the data.
  func load() throws(LoadError) -> ContactData {
    let hub = catalog.hub
    let declared = !hub.dataSources.isEmpty
    var sources: [ParsedSource] = []
    var absent: [String] = []
    for source in declared ? hub.dataSources : DataSource.standard {
      guard let data = try files.data(source.path) else {
        guard declared else {
          absent.append(source.path)
          continue
        }
        throw .cannotRead(path: source.path, reason: "no such file")
      }
      sources.append(try parse(data, source: source, role: DataLoader.role(source.kind)))
    }
    for (index, membership) in catalog.membershipFiles.enumerated() {
      let format: DataFormat = membership.path.hasSuffix(".jsonl") ? .jsonl : .csv
      let source = DataSource(kind: .profiles, path: membership.path, format: format)
      guard let data = try files.data(membership.path) else {
        throw .cannotRead(
          path: membership.path,
          reason: "no such file (the membership file of audience \"\(membership.audience)\")")
      }
      sources.append(try parse(data, source: source, role: .membership(index)))
    }
    return try DataAssembler(catalog: catalog, sources: sources, options: options,
      absentFiles: absent).assemble()
  }

  private static func role(_ kind: DataKind) -> SourceLayout.Role {
    switch kind {
    case .profiles: return .profiles
    case .events: return .events
    case .profileChanges: return .profileChanges
    }
  }

  // MARK: - Parsing

  private func parse(
    _ data: Data, source: DataSource, role: SourceLayout.Role
  ) throws(LoadError) -> ParsedSource {
    switch source.format {
    case .csv: return try parseCSV(data, source: source, role: role)
    case .jsonl: return try JSONLinesSource.parse(
      data, source: source, role: role, catalog: catalog, options: options)
    }
  }

  private func parseCSV(
    _ data: Data, source: DataSource, role: SourceLayout.Role
  ) throws(LoadError) -> ParsedSource {
    guard let separator = CSVSeparator(name: source.delimiter) else {
      throw .badSource(
        path: source.path,
        reason: "delimiter \"\(source.delimiter)\" is not one character, \"tab\" or "
          + "\"whitespace\"")
    }
    let headerEnd = data.withUnsafeBytes { DataLoader.headerEnd($0) }
    let header: CSVHeader
    do {
      header = try CSVReader(data: data.prefix(headerEnd), separator: separator).header()
    } catch .missingHeader {
      throw .cannotRead(path: source.path, reason: "the file is empty; its first line must "
        + "be a header row naming the columns")
    } catch {
      throw .cannotRead(path: source.path, reason: "its header row cannot be read: \(error)")
    }
    let layout = try SourceLayout(
      source: source, role: role, header: header.names, catalog: catalog)
    let threads = options.threads ?? Parallel.width
    let chunks = data.withUnsafeBytes { bytes in
      ChunkPlanner.split(bytes, from: headerEnd, parts: threads)
    }
    let catalog = catalog
    let skip = options.skipBadRows
    let outputs = Parallel.map(chunks.count) { index in
      CSVChunkReader.read(data, chunk: chunks[index], separator: separator, layout: layout,
        catalog: catalog, skipBadRows: skip)
    }
    return ParsedSource(layout: layout, outputs: outputs)
  }

  /// The offset where the first record after the header starts (leading blank lines and a
  /// byte order mark skipped; line breaks inside quotes kept in the header).
  static func headerEnd(_ bytes: UnsafeRawBufferPointer) -> Int {
    var index = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
    var inQuotes = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
      } else if byte == 0x0A, !inQuotes {
        return index + 1
      }
      index += 1
    }
    return bytes.count
  }
}
