import Foundation

/// Drives a program in a private tmux server: start it, send keys, read the screen.
///
/// Each tmux command runs with `posix_spawn` and `waitpid`, its output going to a file: the
/// server that `new-session` starts keeps the client's descriptors open, so a pipe would
/// never reach its end, and Foundation's `Process` did not return from waiting on it.
final class Tmux {
  /// The tmux executable, when installed.
  static let executable: URL? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
    .map(URL.init(fileURLWithPath:))
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

  /// The `journey` binary built next to the test bundle, when there is one.
  static let journeyBinary: URL? = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    let candidate = bundle.deletingLastPathComponent().appendingPathComponent("journey")
    return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
  }()

  private let socket = "journey-e2e-\(UUID().uuidString)"
  private let session = "e2e"

  /// Starts `command` in a detached session of `width` x `height`.
  init(command: String, width: Int, height: Int) throws {
    _ = try run([
      "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command,
    ])
  }

  deinit {
    _ = try? run(["kill-server"])
  }

  /// Sends keys as tmux names them ("Enter", "C-s", "j").
  func send(_ keys: String...) throws {
    _ = try run(["send-keys", "-t", session] + keys)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    _ = try run(["send-keys", "-t", session, "-l", text])
  }

  /// The screen as text.
  func screen() throws -> String {
    try run(["capture-pane", "-t", session, "-p"])
  }

  /// True while the program runs.
  func isRunning() -> Bool {
    (try? run(["has-session", "-t", session])) != nil
  }

  /// Polls the screen (up to about 10 s) until it contains `text`; returns the last screen.
  @discardableResult
  func waitFor(_ text: String) throws -> String {
    var last = ""
    for _ in 0..<200 {
      last = (try? screen()) ?? ""
      if last.contains(text) { return last }
      usleep(50_000)
    }
    return last
  }

  /// Polls until the program has exited (up to about 10 s).
  func waitForExit() {
    for _ in 0..<200 where isRunning() { usleep(50_000) }
  }

  private func run(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else { throw TmuxError.missing }
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(socket)-\(UUID().uuidString).out")
    defer { try? FileManager.default.removeItem(at: output) }
    let words = [executable.path, "-L", socket, "-f", "/dev/null"] + arguments
    guard Spawn.run(words, stdout: output.path) == 0 else {
      throw TmuxError.failed(arguments.first ?? "")
    }
    let data = (try? Data(contentsOf: output)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

/// Why a tmux command failed.
enum TmuxError: Error, CustomStringConvertible {
  /// tmux is not installed.
  case missing
  /// A tmux command exited with an error.
  case failed(String)

  /// What went wrong.
  var description: String {
    switch self {
    case .missing: return "tmux is not installed"
    case .failed(let command): return "tmux \(command) failed"
    }
  }
}
