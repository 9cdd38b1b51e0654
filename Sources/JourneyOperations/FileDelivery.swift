import Foundation
import TextFormats

/// Appends activations to a file: one JSON object per line (`jsonl`), or one CSV row each
/// (`csv`, with a header row when the file is new). The text is flushed to disk before the
/// delivery counts as done. A batch that may repeat an earlier attempt skips the ids the
/// file already holds, so a file never holds an activation twice.
struct FileDelivery: DeliveryTarget {
  /// The file's formats.
  enum Format: String {
    /// One JSON object per line.
    case jsonLines = "jsonl"
    /// RFC 4180 rows under a header row.
    case csv
  }

  /// The file.
  let url: URL
  /// Its format.
  let format: Format

  /// A file destination at `path` (relative to `root` unless absolute) in `format`.
  init(path: String, format: String, root: URL) throws(DeliveryError) {
    url = path.hasPrefix("/")
      ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    let known = format.lowercased() == "ndjson" ? "jsonl" : format.lowercased()
    guard let parsed = Format(rawValue: known) else {
      throw .unknownFormat(path: path, format: format)
    }
    self.format = parsed
  }

  func deliver(_ batch: DeliveryBatch) throws(DeliveryError) {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw .file(path: url.path, reason: "cannot create its folder")
    }
    let existing = try contents()
    let held = batch.mayRepeat ? ids(in: existing) : []
    let items = batch.items.filter { !held.contains($0.id) }
    guard !items.isEmpty else { return }

    var text = ""
    if let last = existing.last, last != UInt8(ascii: "\n") { text += "\n" }
    if format == .csv, existing.isEmpty {
      text += CSVText.row(ActivationRecord.csvHeader)
    }
    for item in items {
      text += format == .csv ? CSVText.row(PayloadFields.values(of: item.json)) : item.json + "\n"
    }
    try append(Array(text.utf8))
  }

  /// The file's bytes (none when it does not exist yet).
  private func contents() throws(DeliveryError) -> [UInt8] {
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .file(path: url.path, reason: "the file is not readable")
    }
    return Array(data)
  }

  /// The activation ids the file holds; lines that cannot be read are ignored.
  private func ids(in bytes: [UInt8]) -> Set<String> {
    let text = String(decoding: bytes, as: UTF8.self)
    var ids: Set<String> = []
    switch format {
    case .jsonLines:
      for line in text.split(separator: "\n") {
        if let id = PayloadFields.id(of: String(line)) { ids.insert(id) }
      }
    case .csv:
      let records = (try? CSVReader(text: text).allRecords()) ?? []
      for record in records.dropFirst() {
        if let id = record.first { ids.insert(id) }
      }
    }
    return ids
  }

  /// Appends `bytes` and waits until they are on disk.
  private func append(_ bytes: [UInt8]) throws(DeliveryError) {
    let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .file(path: url.path, reason: Self.reason()) }
    defer { close(descriptor) }

    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { throw .file(path: url.path, reason: Self.reason()) }
      offset += written
    }
    guard fsync(descriptor) == 0 else { throw .file(path: url.path, reason: Self.reason()) }
  }

  /// The system's reason for the last failure.
  private static func reason() -> String {
    String(cString: strerror(errno))
  }
}
