import Foundation
import JourneyModel

/// One file of the journeys folder as the list shows it: the journey with its problem
/// counts, or the reason the file cannot be read.
struct JourneyEntry: Sendable {
  /// What the file holds.
  enum Content: Sendable {
    /// A journey and how many problems validation found.
    case journey(Journey, ValidationSummary)
    /// The file cannot be read, and why.
    case unreadable(String)
  }

  /// The file.
  let url: URL
  /// What it holds.
  let content: Content

  /// The file name without `.json`.
  var fileID: String { url.deletingPathExtension().lastPathComponent }

  /// The journey, when the file could be read.
  var journey: Journey? {
    if case .journey(let journey, _) = content { return journey }
    return nil
  }

  /// Why the file cannot be read, when it cannot.
  var unreadableReason: String? {
    if case .unreadable(let reason) = content { return reason }
    return nil
  }

  /// The name shown: the journey's, or the file's for an unreadable one.
  var name: String { journey?.name ?? url.lastPathComponent }

  /// The text the list filter matches: name and id.
  var searchText: String { (name + " " + fileID).lowercased() }
}
