import Foundation

/// Reads and writes instants as ISO 8601 UTC text ("2026-12-03T16:00:00Z") in files.
enum InstantText {
  /// The text of an instant given in seconds since 1970.
  static func format(_ seconds: Int64) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
  }

  /// The instant of an ISO 8601 date-time with an offset or `Z`; nil when it is not one.
  static func parse(_ text: String) -> Int64? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
  }
}
