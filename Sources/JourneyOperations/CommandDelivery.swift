import Dispatch
import Foundation

/// Pipes a batch, as one JSON object on one line, to a program's standard input. The program
/// runs in the workspace folder and is found on the PATH unless its name holds a `/`. Exit
/// status 0 takes the batch; any other status, or running past the time limit, fails it,
/// with the end of the program's standard error as the reason.
struct CommandDelivery: DeliveryTarget {
  /// The program and its arguments.
  let arguments: [String]
  /// The workspace folder.
  let root: URL
  /// The time limit.
  let options: DeliveryOptions

  func deliver(_ batch: DeliveryBatch) throws(DeliveryError) {
    let shown = arguments.joined(separator: " ")
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-delivery-\(getpid())-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("batch.json")
    let errors = folder.appendingPathComponent("stderr.txt")

    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data((batch.json + "\n").utf8).write(to: input)
    } catch {
      throw .commandNotStarted(command: shown, reason: "cannot write its input to \(folder.path)")
    }
    guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
      throw .commandNotStarted(command: shown, reason: "cannot write to \(folder.path)")
    }

    let process = Process()
    let finished = DispatchSemaphore(value: 0)
    do {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = arguments
      process.currentDirectoryURL = root
      process.standardInput = try FileHandle(forReadingFrom: input)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = try FileHandle(forWritingTo: errors)
      process.terminationHandler = { _ in finished.signal() }
      try process.run()
    } catch {
      throw .commandNotStarted(command: shown, reason: "\(error.localizedDescription)")
    }

    if finished.wait(timeout: .now() + options.commandTimeout) == .timedOut {
      // TODO: only the program itself is killed; programs it started keep running.
      // SIGKILL, not SIGTERM: a program may ignore SIGTERM or inherit it blocked.
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
      throw .command(
        command: shown,
        reason: "still running after \(WebhookDelivery.seconds(options.commandTimeout)); stopped")
    }
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let how = process.terminationReason == .exit
        ? "exit status \(process.terminationStatus)"
        : "killed by signal \(process.terminationStatus)"
      let tail = Self.lastLine(of: errors)
      throw .command(command: shown, reason: tail.isEmpty ? how : "\(how): \(tail)")
    }
  }

  /// The last non-empty line of the file, at most 300 characters.
  private static func lastLine(of url: URL) -> String {
    guard let data = FileManager.default.contents(atPath: url.path) else { return "" }
    let text = String(decoding: data.suffix(4096), as: UTF8.self)
    let line = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
    return String(line.trimmingCharacters(in: .whitespaces).prefix(300))
  }
}
