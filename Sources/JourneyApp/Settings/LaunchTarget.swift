import Foundation
import JourneyModel

/// What `journey [PATH]` opens: a workspace, and maybe one of its journeys on the canvas.
public struct LaunchTarget: Sendable {
  /// The workspace.
  public let workspace: Workspace
  /// The journey file to open first, when a file was named.
  public let journey: URL?

  /// Resolves `path` (nil: the current folder) against `currentDirectory`.
  public static func resolve(
    _ path: String?, currentDirectory: URL
  ) throws(LaunchError) -> LaunchTarget {
    let url =
      path.map {
        $0.hasPrefix("/")
          ? URL(fileURLWithPath: $0) : currentDirectory.appendingPathComponent($0)
      }
      ?? currentDirectory
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      throw .notFound(path ?? url.path)
    }
    do {
      let workspace = try Workspace.containing(url)
      return LaunchTarget(workspace: workspace, journey: isFolder.boolValue ? nil : url)
    } catch {
      throw .workspace(error.description)
    }
  }
}
