import Foundation
import TextFormats

/// The start and end of a simulated span as people type them, and the simulated clock as
/// people read it.
public enum SimulationTime {
  /// The instant written in `text`: an ISO 8601 date or date-time. A date alone is midnight
  /// in `zone`, or the last second of that day with `endOfDay`. Nil when the text is not
  /// ISO 8601.
  public static func parse(_ text: String, endOfDay: Bool, zone: ZoneRules) -> Int64? {
    // TODO: journey simulate reads --from and --to with its own copy of this rule.
    var parser = TimestampParser(format: .iso8601, zone: zone)
    guard let time = parser.parse(text) else { return nil }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard endOfDay, trimmed.count == 10 else { return time }
    let wall = time + zone.offset(at: time) + 86_400
    return zone.instant(ofWallSeconds: wall) - 1
  }

  /// The zone named `name`, or UTC when the name is unknown.
  public static func zone(named name: String) -> ZoneRules {
    (try? ZoneCache.shared.rules(for: name)) ?? .utc
  }

  /// `instant` as ISO 8601 text in `zone`: "1997-03-03T09:00:00-05:00", or with "Z" in UTC.
  public static func iso(_ instant: Int64, in zone: ZoneRules) -> String {
    TimeText.text(instant, in: zone)
  }

  /// `instant` as a short wall time in `zone` for screens: "Mon 1997-03-03 09:00".
  public static func short(_ instant: Int64, in zone: ZoneRules) -> String {
    let civil = zone.civil(at: instant)
    let weekday = String(civil.date.weekday.description.prefix(3))
    return "\(weekday) \(day(instant, in: zone)) \(two(civil.hour)):\(two(civil.minute))"
  }

  /// `instant` as a wall time in `zone` to the minute: "1997-03-03 09:00".
  public static func minute(_ instant: Int64, in zone: ZoneRules) -> String {
    let civil = zone.civil(at: instant)
    return "\(day(instant, in: zone)) \(two(civil.hour)):\(two(civil.minute))"
  }

  /// `instant` as a date in `zone`: "1997-03-03".
  public static func day(_ instant: Int64, in zone: ZoneRules) -> String {
    let date = zone.civil(at: instant).date
    return "\(four(date.year))-\(two(date.month))-\(two(date.day))"
  }

  private static func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  private static func four(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
  }
}
