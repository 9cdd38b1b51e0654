import TextFormats

/// Reads and writes instants as ISO 8601 UTC text ("2026-12-03T16:00:00Z") in files.
enum InstantText {
  /// The text of an instant given in seconds since 1970.
  static func format(_ seconds: Int64) -> String {
    TimestampFormatter.iso8601(seconds)
  }

  /// The instant of an ISO 8601 date-time; one without an offset is read as UTC.
  static func parse(_ text: String) -> Int64? {
    var parser = TimestampParser(format: .iso8601, zone: .utc)
    return parser.parse(text)
  }
}
