import Foundation

/// The `journey` program, run as a separate process so a test can kill it with SIGKILL at a
/// chosen point (the program stops there when `JOURNEY_TEST_PAUSE_AT` names the point).
final class SpawnedJourney {
  /// The program built beside the test bundle, or nil when it is missing.
  static var binary: URL? {
    let paths = [CommandLine.arguments.first, Bundle.main.executablePath].compactMap { $0 }
    for path in paths {
      let candidate = URL(fileURLWithPath: path).deletingLastPathComponent()
        .appendingPathComponent("journey")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }

  private let process = Process()
  private let errors = Pipe()
  private var errorText = ""

  /// Starts `journey ARGUMENTS` in `folder`, stopping at `pauseAt` when given, with an
  /// environment that holds nothing of the user's.
  init(_ binary: URL, _ arguments: [String], in folder: URL, pauseAt: String?) throws {
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"]
    environment["JOURNEY_TEST_PAUSE_AT"] = pauseAt
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
  }

  /// The process id.
  var pid: Int32 { process.processIdentifier }

  /// Reads standard error until it holds `text` or `seconds` pass; true when it does.
  func waitFor(_ text: String, seconds: Double = 60) -> Bool {
    let descriptor = errors.fileHandleForReading.fileDescriptor
    let deadline = Date().addingTimeInterval(seconds)
    while !errorText.contains(text) {
      let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
      guard left > 0 else { return false }
      var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&entry, 1, left) > 0 else { return false }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return false }
      errorText += String(decoding: buffer[0..<count], as: UTF8.self)
    }
    return true
  }

  /// What the process wrote on standard error so far.
  var stderr: String { errorText }

  /// Kills the process with SIGKILL and waits for it; true when the signal ended it.
  func kill() -> Bool {
    Glibc.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
  }
}
