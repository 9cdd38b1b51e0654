import Foundation
import Glibc
import Testing

@testable import NcursesBackend

@Suite struct StderrCaptureTests {
  @Test func holdsOutputBackAndReplaysItAfterwards() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tk-capture-\(UUID().uuidString)")
    let target = open(url.path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
    try #require(target >= 0)
    defer {
      close(target)
      try? FileManager.default.removeItem(at: url)
    }

    let capture = StderrCapture(descriptor: target)
    capture.begin()
    #expect(capture.isCapturing)
    _ = "warning: something odd\n".withCString { write(target, $0, strlen($0)) }
    #expect(try String(contentsOf: url, encoding: .utf8) == "")

    capture.end()
    capture.end()
    #expect(!capture.isCapturing)
    #expect(try String(contentsOf: url, encoding: .utf8) == "warning: something odd\n")
  }
}
