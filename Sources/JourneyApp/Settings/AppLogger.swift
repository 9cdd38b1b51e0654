import Foundation

/// Where the application writes what it does, for `--debug`.
public protocol AppLogger: AnyObject {
  /// Records one event: `subsystem` says which part, `fields` use the fixed keys of
  /// `LogKey`.
  func log(_ level: LogLevel, _ subsystem: String, _ message: String, _ fields: [LogKey: String])
}

/// How much a log line matters; lines below the logger's level are dropped.
public enum LogLevel: Int, Comparable, CaseIterable, Sendable {
  /// Something failed.
  case error
  /// Something looks wrong.
  case warn
  /// A notable event.
  case info
  /// Detail for finding bugs.
  case debug

  /// The level named by `JOURNEY_LOG_LEVEL` ("error", "warn", "info", "debug").
  public init?(name: String) {
    guard let level = LogLevel.allCases.first(where: { $0.name == name.lowercased() }) else {
      return nil
    }
    self = level
  }

  /// The name in log lines.
  public var name: String {
    switch self {
    case .error: return "error"
    case .warn: return "warn"
    case .info: return "info"
    case .debug: return "debug"
    }
  }

  /// Orders by importance: error first.
  public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The keys a log line's fields may use, so logs can be searched the same way every time.
public enum LogKey: String, CaseIterable, Sendable {
  /// An action's name.
  case action
  /// A key's name.
  case key
  /// A journey's id.
  case journey
  /// A file path.
  case path
  /// An error's text.
  case error
  /// A terminal size.
  case size
  /// A duration in milliseconds.
  case ms
}

/// A logger that drops everything: the default when logging is off.
public final class NullLogger: AppLogger {
  /// Creates the logger.
  public init() {}

  /// Does nothing.
  public func log(
    _ level: LogLevel, _ subsystem: String, _ message: String, _ fields: [LogKey: String]
  ) {}
}
