import Foundation
import JourneyStore

/// Reads a journey's run history off the UI thread and posts the runs back.
final class HistoryLoader: @unchecked Sendable {
  // TODO: only the newest 2,000 runs are shown; older ones need `journey history`.
  /// The most runs read: the newest ones.
  static let limit = 2_000

  /// What was read, or why it could not be.
  enum Update: Sendable {
    /// The runs, newest first.
    case runs([RunRecord])
    /// The history file cannot be read, and why.
    case failed(String)
  }

  /// Where the UI thread collects the result.
  let mailbox = Mailbox<Update>()
  private let queue: any WorkQueue

  /// A loader whose queue follows `mode`.
  init(mode: WorkMode) {
    queue = mode.makeQueue("journey.history")
  }

  /// Reads the newest runs of `journeyID` in the workspace at `root`.
  func load(journeyID: String, workspace root: URL) {
    queue.async { [mailbox] in
      let file = root.appendingPathComponent(RunHistory.relativePath)
      guard FileManager.default.fileExists(atPath: file.path) else {
        mailbox.post(.runs([]))
        return
      }
      do {
        let history = try RunHistory(workspace: root)
        defer { history.close() }
        mailbox.post(.runs(try history.runs(journeyID: journeyID, limit: HistoryLoader.limit)))
      } catch {
        mailbox.post(.failed("cannot read \(RunHistory.relativePath): \(error)"))
      }
    }
  }
}
