import Foundation
import JourneyEngine
import JourneyModel

/// The workspace's contact data, loaded once, on first need, for every journey of a session.
final class ContactDataCache {
  private let root: URL
  private let hub: Hub
  private let options: LoadOptions
  private var loaded: Result<ContactData, LoadError>?

  /// A cache for the workspace at `root`.
  init(root: URL, hub: Hub, options: LoadOptions) {
    self.root = root
    self.hub = hub
    self.options = options
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
