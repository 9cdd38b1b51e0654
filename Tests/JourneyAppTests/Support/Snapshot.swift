import Foundation
import TerminalKit
import Testing

/// Compares a rendered screen with its golden text file under `Snapshots/`;
/// `RECORD_SNAPSHOTS=1` rewrites the file and fails, so a person looks at the new screen.
enum Snapshot {
  /// The folder of golden files.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots")

  /// Checks `buffer` against `Snapshots/<name>.txt`.
  static func assert(
    _ buffer: CellBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = folder.appendingPathComponent("\(name).txt")
    let actual = buffer.text() + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      let name = url.lastPathComponent
      Issue.record(
        "recorded \(name): check it, then run without RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      let name = url.lastPathComponent
      Issue.record(
        "no snapshot \(name): run with RECORD_SNAPSHOTS=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    #expect(
      actual == expected, "screen differs from \(name).txt:\n\(actual)",
      sourceLocation: sourceLocation)
  }
}
