import Foundation
import JourneyEngine
import JourneyModel

/// The workspace's contact data, loaded once, on first need, for every journey of a session.
final class ContactDataCache {
  private let root: URL
  private let hub: Hub
  private let options: LoadOptions
  private var loaded: Result<ContactData, LoadError>?
  private var noted = false

  /// A cache for the workspace at `root`.
  init(root: URL, hub: Hub, options: LoadOptions) {
    self.root = root
    self.hub = hub
    self.options = options
  }

  /// The rows the load skipped or left out, as lines to show, the first time they are asked
  /// for after a load; empty afterwards and when nothing was skipped.
  func takeLoadNotes() -> [String] {
    guard !noted, case .success(let data)? = loaded else { return [] }
    noted = true
    let report = data.report
    var lines = report.skippedRows.map { "skipped \($0.description)" }
    if report.skippedCount > 0 {
      let rows = report.skippedCount == 1 ? "1 row" : "\(report.skippedCount) rows"
      lines.append("skipped \(rows) that could not be read")
    }
    for ignored in report.ignored {
      let rows = ignored.rows == 1 ? "1 row" : "\(ignored.rows) rows"
      lines.append("\(ignored.path): ignored \(rows): \(ignored.reason)")
    }
    return lines
  }

  /// The data, or why it cannot be loaded.
  func data() throws(LoadError) -> ContactData {
    if loaded == nil {
      do {
        loaded = .success(try ContactData.load(workspace: root, hub: hub, options: options))
      } catch {
        loaded = .failure(error)
      }
    }
    switch loaded {
    case .success(let data): return data
    case .failure(let error): throw error
    case nil: throw .cannotRead(path: "data/", reason: "the data was not loaded")
    }
  }
}
