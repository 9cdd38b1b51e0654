import Foundation
import JourneyModel

/// Finds and reads the journeys and workspaces that commands name.
enum JourneyInput {
  /// A journey file together with the workspace that holds it.
  struct Loaded {
    /// The file.
    var url: URL
    /// The path as the user wrote it, for messages.
    var path: String
    /// The journey.
    var journey: Journey
    /// Its workspace.
    var workspace: Workspace
  }

  /// Reads the journey at `path` and its workspace.
  static func load(_ path: String, _ context: CommandContext) throws(CLIError) -> Loaded {
    let url = context.url(path)
    do {
      let workspace = try Workspace.containing(url)
      let journey = try Workspace.loadJourney(at: url, name: path)
      return Loaded(url: url, path: path, journey: journey, workspace: workspace)
    } catch {
      throw .input(error.description)
    }
  }

  /// The workspace at `path`, or the one holding the current folder.
  static func workspace(_ path: String?, _ context: CommandContext) throws(CLIError) -> Workspace {
    do {
      return try Workspace.containing(context.url(path ?? "."))
    } catch {
      throw .input(error.description)
    }
  }

  /// The journey files that `paths` name: files as given, folders expanded to their journeys.
  static func journeyFiles(
    _ paths: [String], _ context: CommandContext
  ) throws(CLIError) -> [(path: String, url: URL)] {
    var result: [(path: String, url: URL)] = []
    for path in paths {
      let url = context.url(path)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
        throw .input("\(path): no such file or folder")
      }
      guard isFolder.boolValue else {
        result.append((path, url))
        continue
      }
      let isWorkspace = FileManager.default.fileExists(
        atPath: url.appendingPathComponent("hub.json").path)
      let folder = isWorkspace ? url.appendingPathComponent("journeys") : url
      var shown = path.hasSuffix("/") ? String(path.dropLast()) : path
      if isWorkspace { shown += "/journeys" }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      let journeys = names.sorted().filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      guard !journeys.isEmpty else {
        throw .input("\(shown) holds no journey files (*.json): name journey files, a "
          + "journeys folder or a workspace")
      }
      for name in journeys {
        result.append(("\(shown)/\(name)", folder.appendingPathComponent(name)))
      }
    }
    return result
  }

  /// Saves `journey` over its file, mapping failures to a message.
  static func save(_ loaded: Loaded, _ journey: Journey) throws(CLIError) {
    do {
      try loaded.workspace.save(journey, to: loaded.url)
    } catch {
      throw .input(error.description)
    }
  }
}
