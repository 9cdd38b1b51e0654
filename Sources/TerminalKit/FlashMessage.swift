import Foundation

/// A transient message for the status line, with a severity.
///
/// Messages expire after a while, except errors, which stay until replaced or dismissed.
public struct FlashMessage: Hashable, Sendable {
  /// How serious the message is; decides its role and marker.
  public enum Severity: Hashable, Sendable, CaseIterable {
    /// Plain information.
    case info
    /// Something succeeded.
    case ok
    /// Something needs attention.
    case warning
    /// Something failed.
    case error

    /// The role the message is drawn in.
    public var role: Role {
      switch self {
      case .info: .flash
      case .ok: .ok
      case .warning: .warning
      case .error: .error
      }
    }

    /// A one-character marker so severity never depends on colour alone.
    public func marker(ascii: Bool) -> String {
      switch self {
      case .info: ""
      case .ok: ascii ? "+" : "✓"
      case .warning: "!"
      case .error: ascii ? "x" : "✗"
      }
    }
  }

  /// How long a non-error message stays, in seconds.
  public static let defaultLifetime: TimeInterval = 6

  /// The message text.
  public var text: String

  /// How serious it is.
  public var severity: Severity

  /// When it was posted.
  public var postedAt: Date

  /// Creates a message posted at `postedAt`.
  public init(_ text: String, severity: Severity = .info, postedAt: Date) {
    self.text = text
    self.severity = severity
    self.postedAt = postedAt
  }

  /// True once a non-error message is older than `lifetime` at time `now`.
  public func isExpired(at now: Date, lifetime: TimeInterval = defaultLifetime) -> Bool {
    severity != .error && now.timeIntervalSince(postedAt) >= lifetime
  }

  /// The message as spans: marker and text in the severity's role.
  public func spans(ascii: Bool = false) -> [TextSpan] {
    let marker = severity.marker(ascii: ascii)
    let text = marker.isEmpty ? self.text : "\(marker) \(self.text)"
    return [TextSpan(text, role: severity.role)]
  }
}
