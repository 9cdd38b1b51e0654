import Foundation

/// A workspace folder: `hub.json`, `journeys/*.json`, `data/`, and the program's own state
/// under `.journey/`.
public struct Workspace: Sendable {
  /// The workspace folder.
  public let root: URL
  /// The hub catalogue.
  public let hub: Hub

  /// Opens the workspace at `root`, reading its catalogue.
  public init(root: URL) throws(WorkspaceError) {
    self.root = root.standardizedFileURL
    let hubURL = self.root.appendingPathComponent("hub.json")
    guard FileManager.default.fileExists(atPath: hubURL.path) else {
      throw .notAWorkspace(root.path)
    }
    let text = try Self.read(hubURL)
    do {
      hub = try HubCoding.decode(text, file: Self.displayPath(hubURL))
    } catch {
      throw .format(error)
    }
  }

  /// Finds the workspace that holds `path` (a journey file or a folder inside a workspace).
  public static func containing(_ path: URL) throws(WorkspaceError) -> Workspace {
    var folder = path.standardizedFileURL
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
      || !isFolder.boolValue
    {
      folder.deleteLastPathComponent()
    }
    while true {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("hub.json").path) {
        return try Workspace(root: folder)
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { throw .notAWorkspace(path.standardizedFileURL.path) }
      folder = parent
    }
  }

  /// The folder of journey files.
  public var journeysFolder: URL { root.appendingPathComponent("journeys") }

  /// The program's own state folder.
  public var stateFolder: URL { root.appendingPathComponent(".journey") }

  /// The file of the journey with `id`.
  public func journeyURL(id: String) -> URL {
    journeysFolder.appendingPathComponent("\(id).json")
  }

  /// Every journey file, sorted by name.
  public func journeyFiles() throws(WorkspaceError) -> [URL] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: journeysFolder.path)
    } catch {
      return []
    }
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
      .map { journeysFolder.appendingPathComponent($0) }
  }

  /// Reads a journey file; `name` is how messages call it (default: its path).
  public static func loadJourney(
    at url: URL, name: String? = nil
  ) throws(WorkspaceError) -> Journey {
    let text = try read(url, name: name)
    do {
      return try JourneyCoding.decode(text, file: name ?? displayPath(url))
    } catch {
      throw .format(error)
    }
  }

  /// Saves a journey to its file atomically.
  public func save(_ journey: Journey, to url: URL? = nil) throws(WorkspaceError) {
    try AtomicFile.write(JourneyCoding.encode(journey), to: url ?? journeyURL(id: journey.id))
  }

  /// Keeps a copy of a published version under `.journey/versions/ID/vN.json`. A version is
  /// kept once: archiving it again with the same content does nothing, and with other content
  /// is refused, so run history always points at what really ran.
  public func archive(_ journey: Journey) throws(WorkspaceError) {
    let url = stateFolder.appendingPathComponent("versions/\(journey.id)/v\(journey.version).json")
    let text = JourneyCoding.encode(journey)
    if FileManager.default.fileExists(atPath: url.path) {
      guard try Self.read(url) == text else {
        throw .versionExists(journey.id, version: journey.version)
      }
      return
    }
    try AtomicFile.write(text, to: url)
  }

  /// The published copy of version `version` of journey `id`, if it was kept.
  public func archivedVersion(id: String, version: Int) throws(WorkspaceError) -> Journey? {
    let url = stateFolder.appendingPathComponent("versions/\(id)/v\(version).json")
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    return try Self.loadJourney(at: url)
  }

  /// Reads a UTF-8 text file; `name` is how messages call it (default: its path).
  public static func read(_ url: URL, name: String? = nil) throws(WorkspaceError) -> String {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let reason = FileManager.default.fileExists(atPath: url.path)
        ? "the file is not readable" : "no such file"
      throw .cannotRead(name ?? displayPath(url), reason: reason)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .cannotRead(name ?? displayPath(url), reason: "the file is not UTF-8 text")
    }
    return text
  }

  /// A path relative to the current folder when it is inside it, for messages.
  public static func displayPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath
    let path = url.standardizedFileURL.path
    if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
    return path
  }
}
