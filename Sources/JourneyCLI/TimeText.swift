import TextFormats

/// Instants as short UTC text for tables.
enum TimeText {
  /// "2026-12-03 16:05" (UTC), or "-" for the zero instant.
  static func minute(_ seconds: Int64) -> String {
    guard seconds != 0 else { return "-" }
    let civil = CivilDateTime(wallSeconds: seconds)
    return "\(civil.date) " + twoDigits(civil.hour) + ":" + twoDigits(civil.minute)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
