import Foundation

/// Writes files so that a crash, a kill or a full disk never leaves a half-written file: the
/// text goes to a temporary file beside the target, is flushed to disk, then renamed over it.
public enum AtomicFile {
  /// Replaces the file at `url` with `text`, creating its folder when needed.
  public static func write(_ text: String, to url: URL) throws(WorkspaceError) {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
        throw WorkspaceError.cannotWrite(url.path, reason: "the folder is not writable")
      }
      let handle = try FileHandle(forWritingTo: temporary)
      defer { try? handle.close() }
      try handle.write(contentsOf: Data(text.utf8))
      try handle.synchronize()
      guard rename(temporary.path, url.path) == 0 else {
        throw WorkspaceError.cannotWrite(url.path, reason: String(cString: strerror(errno)))
      }
    } catch let error as WorkspaceError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw WorkspaceError.cannotWrite(url.path, reason: Self.reason(error))
    }
  }

  private static func reason(_ error: Error) -> String {
    let nsError = error as NSError
    if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      posix.domain == NSPOSIXErrorDomain, posix.code == Int(ENOSPC)
    {
      return "the disk is full; free some space and save again"
    }
    if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteOutOfSpaceError {
      return "the disk is full; free some space and save again"
    }
    return nsError.localizedDescription
  }
}
