import Foundation

/// Appends log lines to a file: ISO-8601 time, level, subsystem, message, then `key=value`
/// fields; a separator line starts each run.
public final class FileLogger: AppLogger {
  /// The log file.
  public let url: URL
  private let level: LogLevel
  private let handle: FileHandle
  private let now: () -> Date

  /// Opens (or creates) the log at `url`, keeping lines of `level` and above.
  public init?(url: URL, level: LogLevel, now: @escaping () -> Date = Date.init) {
    let folder = url.deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    if !FileManager.default.fileExists(atPath: url.path) {
      guard FileManager.default.createFile(atPath: url.path, contents: nil) else { return nil }
    }
    guard let handle = try? FileHandle(forWritingTo: url) else { return nil }
    _ = try? handle.seekToEnd()
    self.url = url
    self.level = level
    self.handle = handle
    self.now = now
    write("----- journey started \(Self.timestamp(now())) -----")
  }

  deinit {
    try? handle.close()
  }

  /// The default log path: `$XDG_STATE_HOME/journey/journey.log`, falling back to
  /// `~/.local/state/journey/journey.log`; `JOURNEY_LOG` overrides it.
  public static func defaultURL(environment: [String: String]) -> URL {
    if let path = environment["JOURNEY_LOG"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let state =
      environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
    return URL(fileURLWithPath: state).appendingPathComponent("journey/journey.log")
  }

  /// Writes one line when `level` is kept.
  public func log(
    _ level: LogLevel, _ subsystem: String, _ message: String, _ fields: [LogKey: String]
  ) {
    guard level <= self.level else { return }
    let pairs = LogKey.allCases.compactMap { key in
      fields[key].map { "\(key.rawValue)=\(Self.quoted($0))" }
    }
    let parts = [Self.timestamp(now()), level.name, subsystem, Self.quoted(message)] + pairs
    write(parts.joined(separator: " "))
  }

  private func write(_ line: String) {
    try? handle.write(contentsOf: Data((line + "\n").utf8))
  }

  private static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: date)
  }

  private static func quoted(_ text: String) -> String {
    guard text.contains(" ") || text.contains("\"") || text.isEmpty else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
