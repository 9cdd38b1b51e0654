import Foundation

/// An exclusive lock on one journey, so that two `journey run` processes never run it at
/// once: an flock on `.journey/locks/ID.lock`, which holds the owner's process id. The
/// system releases it when the owner exits or is killed, so a crash never leaves it stuck.
public final class JourneyLock {
  /// The lock file.
  public let path: String
  /// The open lock file; -1 once released.
  private var descriptor: Int32

  /// Takes the lock of `journeyID` in the workspace folder `root`, or says who holds it.
  public init(journeyID: String, root: URL) throws(OperationsError) {
    let folder = root.appendingPathComponent(".journey/locks")
    path = folder.appendingPathComponent("\(Self.fileName(journeyID)).lock").path
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .lockFailed(path: path, reason: "cannot create its folder")
    }
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .lockFailed(path: path, reason: String(cString: strerror(errno)))
    }

    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      let holder = Self.holder(descriptor)
      close(descriptor)
      descriptor = -1
      guard code == EWOULDBLOCK else {
        throw .lockFailed(path: path, reason: String(cString: strerror(code)))
      }
      throw .lockHeld(journeyID: journeyID, holder: holder, path: path)
    }
    let text = Array("\(getpid())\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  deinit {
    release()
  }

  /// Gives the lock up; a second call does nothing.
  public func release() {
    guard descriptor >= 0 else { return }
    _ = ftruncate(descriptor, 0)
    close(descriptor)
    descriptor = -1
  }

  /// `journeyID` with every character but letters, digits, `-`, `_` and `.` turned into
  /// `_`, and no leading dot, so that an id never names a file outside the locks folder.
  static func fileName(_ journeyID: String) -> String {
    let safe = String(journeyID.unicodeScalars.map { scalar -> Character in
      let allowed = scalar.isASCII
        && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
      return allowed ? Character(scalar) : "_"
    })
    return safe.hasPrefix(".") || safe.isEmpty ? "_" + safe : safe
  }

  /// "process 1234", from the lock file, or "another process" when it holds no id yet.
  private static func holder(_ descriptor: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 31, 0) }
    guard count > 0 else { return "another process" }
    let text = String(decoding: buffer[0..<count], as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard let pid = Int32(text) else { return "another process" }
    return "process \(pid)"
  }
}
