import Foundation
import Glibc

/// Sends a file descriptor (standard error) to a temporary file while the screen is up,
/// and replays what was written once it is restored, so stray messages are neither painted
/// over the screen nor lost.
final class StderrCapture {
  private let descriptor: Int32
  private var saved: Int32 = -1
  private var file: Int32 = -1
  private var path: String?

  /// Prepares to capture `descriptor`.
  init(descriptor: Int32 = STDERR_FILENO) {
    self.descriptor = descriptor
  }

  /// True while output is being captured.
  var isCapturing: Bool { saved >= 0 }

  /// Starts capturing; does nothing (and keeps output where it was) if no temporary file
  /// can be made.
  func begin() {
    guard !isCapturing else {
      return
    }

    let template = NSTemporaryDirectory() + "journey-stderr-XXXXXX"
    var name = Array(template.utf8CString)
    let temporary = mkstemp(&name)
    guard temporary >= 0 else {
      return
    }

    fflush(nil)
    saved = dup(descriptor)
    _ = dup2(temporary, descriptor)
    file = temporary
    let bytes = name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    path = String(decoding: bytes, as: UTF8.self)
    if descriptor == STDERR_FILENO {
      EmergencyRestore.captureFile = file
      EmergencyRestore.realStderr = saved
    }
  }

  /// Stops capturing, writes what was captured to the real descriptor and removes the file.
  func end() {
    guard isCapturing else {
      return
    }

    fflush(nil)
    _ = dup2(saved, descriptor)
    if descriptor == STDERR_FILENO {
      EmergencyRestore.realStderr = -1
      EmergencyRestore.captureFile = -1
    }
    replay()
    close(saved)
    close(file)
    if let path {
      unlink(path)
    }
    saved = -1
    file = -1
    path = nil
  }

  private func replay() {
    _ = lseek(file, 0, SEEK_SET)
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
      guard count > 0 else {
        break
      }
      _ = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, count) }
    }
  }
}
