/// A workspace that could not be read or written.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The folder is not a workspace.
  case notAWorkspace(String)
  /// A file could not be read.
  case cannotRead(String, reason: String)
  /// A file could not be written; the previous version is kept.
  case cannotWrite(String, reason: String)
  /// A file's contents are malformed.
  case format(FormatError)
  /// No journey has that id or path.
  case noSuchJourney(String)
  /// A journey with that id exists already.
  case journeyExists(String)
  /// That version of the journey was published already with other content.
  case versionExists(String, version: Int)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .notAWorkspace(let path):
      return "\(path) is not a workspace: it needs a hub.json and a journeys/ folder "
        + "(run `journey new NAME` inside a folder with a hub.json)"
    case .cannotRead(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .cannotWrite(let path, let reason):
      return "cannot write \(path): \(reason); the previous version is kept"
    case .format(let error):
      return error.description
    case .noSuchJourney(let name):
      return "no journey \"\(name)\" in this workspace: `journey list` shows the journeys"
    case .journeyExists(let id):
      return "a journey with the id \"\(id)\" exists already: choose another name"
    case .versionExists(let id, let version):
      return "version \(version) of \"\(id)\" was already published with other content "
        + "(.journey/versions/\(id)/v\(version).json): the journey file changed since it was "
        + "read; reload it and try again"
    }
  }
}
