import Foundation

/// What a command reads from and writes to, injected so tests can capture output and pin the
/// clock.
public struct CommandContext: Sendable {
  /// Writes to standard output.
  public var out: @Sendable (String) -> Void
  /// Writes to standard error.
  public var err: @Sendable (String) -> Void
  /// The folder relative paths start from.
  public var currentDirectory: URL
  /// The current time in seconds since 1970.
  public var now: @Sendable () -> Int64

  /// Creates a context.
  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    currentDirectory: URL, now: @escaping @Sendable () -> Int64
  ) {
    self.out = out
    self.err = err
    self.currentDirectory = currentDirectory
    self.now = now
  }

  /// The real terminal, folder and clock.
  public static var standard: CommandContext {
    CommandContext(
      out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
      err: { text in FileHandle.standardError.write(Data(text.utf8)) },
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      now: { Int64(Date().timeIntervalSince1970) })
  }

  /// `path` resolved against the current folder.
  public func url(_ path: String) -> URL {
    path.hasPrefix("/")
      ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
  }
}
