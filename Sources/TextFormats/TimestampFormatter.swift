/// Writes instants as ISO 8601 text.
public enum TimestampFormatter {
  /// The instant in UTC, such as "2026-03-29T01:00:00Z".
  public static func iso8601(_ instant: Int64) -> String {
    CivilDateTime(wallSeconds: instant).description + "Z"
  }

  /// The instant as wall time in `zone` with its offset, such as "2026-03-29T03:00:00+02:00".
  public static func iso8601(_ instant: Int64, in zone: ZoneRules) -> String {
    let offset = zone.offset(at: instant)
    return CivilDateTime(wallSeconds: instant + offset).description
      + ZoneRules.offsetText(offset)
  }
}
