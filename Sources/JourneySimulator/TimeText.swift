import TextFormats

/// Instants as ISO 8601 text in a zone: "2026-03-01T09:00:00Z" in UTC, else with the offset,
/// "2026-03-01T10:00:00+01:00".
enum TimeText {
  /// The text of `instant` in `zone`.
  static func text(_ instant: Int64, in zone: ZoneRules) -> String {
    zone.fixedOffset == 0
      ? TimestampFormatter.iso8601(instant) : TimestampFormatter.iso8601(instant, in: zone)
  }

  /// The text of `instant` in the zone named `name` (UTC when unknown).
  static func text(_ instant: Int64, zoneNamed name: String) -> String {
    text(instant, in: (try? ZoneCache.shared.rules(for: name)) ?? .utc)
  }
}
