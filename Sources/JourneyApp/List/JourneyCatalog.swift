import Foundation
import JourneyModel

/// Reads the journeys folder into list entries.
enum JourneyCatalog {
  /// One entry per journey file of `workspace`, checked with `validator`.
  static func entries(_ workspace: Workspace, validator: Validator) -> [JourneyEntry] {
    let files = (try? workspace.journeyFiles()) ?? []
    return files.map { entry($0, validator: validator) }
  }

  /// The entry of one file.
  static func entry(_ url: URL, validator: Validator) -> JourneyEntry {
    do {
      let journey = try Workspace.loadJourney(at: url, name: url.lastPathComponent)
      let summary = ValidationSummary(validator.validate(journey))
      return JourneyEntry(url: url, content: .journey(journey, summary))
    } catch {
      return JourneyEntry(url: url, content: .unreadable(error.description))
    }
  }
}
