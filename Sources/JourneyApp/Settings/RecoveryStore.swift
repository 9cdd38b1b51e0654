import Foundation
import JourneyModel

/// Copies of journeys with unsaved changes, written after every edit under
/// `.journey/recovery/`, so a crash or a kill loses nothing: the next open offers them.
public struct RecoveryStore: Sendable {
  /// The folder holding the copies.
  public let folder: URL

  /// The store of `workspace`.
  public init(workspace: Workspace) {
    folder = workspace.stateFolder.appendingPathComponent("recovery")
  }

  /// Where the copy of the journey file at `url` goes.
  public func url(for journeyURL: URL) -> URL {
    folder.appendingPathComponent(journeyURL.lastPathComponent)
  }

  /// Writes the copy of `journey`, the edited content of the file at `journeyURL`.
  public func write(_ journey: Journey, for journeyURL: URL) throws(WorkspaceError) {
    try AtomicFile.write(JourneyCoding.encode(journey), to: url(for: journeyURL))
  }

  /// The copy kept for the file at `journeyURL`, if there is a readable one.
  public func read(for journeyURL: URL) -> Journey? {
    let copy = url(for: journeyURL)
    guard FileManager.default.fileExists(atPath: copy.path) else { return nil }
    return try? Workspace.loadJourney(at: copy)
  }

  /// Forgets the copy for the file at `journeyURL` (after a save, or when discarded).
  public func remove(for journeyURL: URL) {
    try? FileManager.default.removeItem(at: url(for: journeyURL))
  }
}
