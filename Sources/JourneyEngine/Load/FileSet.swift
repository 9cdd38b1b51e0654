import Foundation

/// Where data files come from: a workspace folder, or texts held in memory.
enum FileSet: Sendable {
  /// Paths are relative to the workspace folder; with a data folder, paths under `data/`
  /// (and other relative paths) are read from that folder instead.
  case folder(URL, data: URL?)
  /// Paths name these texts.
  case memory([String: String])

  /// The bytes of `path`, mapped into memory when possible; nil when the file does not exist.
  func data(_ path: String) throws(LoadError) -> Data? {
    switch self {
    case .memory(let texts):
      return texts[path].map { Data($0.utf8) }
    case .folder(let root, let data):
      let url: URL
      if path.hasPrefix("/") {
        url = URL(fileURLWithPath: path)
      } else if let data {
        let inside = path.hasPrefix("data/") ? String(path.dropFirst(5)) : path
        url = data.appendingPathComponent(inside)
      } else {
        url = root.appendingPathComponent(path)
      }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
        return nil
      }
      guard !isFolder.boolValue else {
        throw .cannotRead(path: path, reason: "it is a folder, not a file")
      }
      do {
        return try Data(contentsOf: url, options: .alwaysMapped)
      } catch {
        throw .cannotRead(path: path, reason: "the file is not readable")
      }
    }
  }
}
