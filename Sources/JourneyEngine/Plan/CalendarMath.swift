import JourneyModel
import TextFormats

/// Time arithmetic in a zone: minutes and hours are elapsed seconds; days and weeks are
/// calendar days that keep the wall-clock time. A wall time that does not exist (clocks going
/// forward) moves forward by the gap; one that occurs twice means the first.
enum CalendarMath {
  /// `instant` plus `span` (spans beyond 100 years are cut to 100 years, so that no
  /// arithmetic overflows whatever a file says).
  static func adding(_ span: TimeSpan, to instant: Int64, in zone: ZoneRules) -> Int64 {
    let limit = Int64(36_500) * 1_440 / Int64(span.unit.minutes)
    let amount = min(max(Int64(span.amount), -limit), limit)
    switch span.unit {
    case .minutes: return (-farAway..<farAway).contains(instant) ? instant + amount * 60 : instant
    case .hours: return (-farAway..<farAway).contains(instant) ? instant + amount * 3600 : instant
    case .days: return adding(days: Int(amount), to: instant, in: zone)
    case .weeks: return adding(days: Int(amount) * 7, to: instant, in: zone)
    }
  }

  /// The same wall-clock time `days` calendar days later; instants far outside the
  /// calendar (such as "since for ever") are left as they are.
  static func adding(days: Int, to instant: Int64, in zone: ZoneRules) -> Int64 {
    guard (-farAway..<farAway).contains(instant) else { return instant }
    if zone.fixedOffset != nil { return instant + Int64(days) * 86_400 }
    let wall = instant + zone.offset(at: instant)
    return zone.instant(ofWallSeconds: wall + Int64(days) * 86_400)
  }

  /// Instants beyond this distance from 1970 (about 100,000 years) are not calendar times.
  static let farAway: Int64 = 3_000_000_000_000

  /// The first moment at or after `instant` when the wall clock in `zone` shows `weekday`
  /// (ISO number, Monday 1) at `secondOfDay`.
  static func next(
    weekday: Int, secondOfDay: Int, atOrAfter instant: Int64, in zone: ZoneRules
  ) -> Int64 {
    let civil = zone.civil(at: instant)
    let ahead = (weekday - civil.weekday.rawValue + 7) % 7
    let day = Int64(civil.date.daysSinceEpoch + ahead)
    let candidate = zone.instant(ofWallSeconds: day * 86_400 + Int64(secondOfDay))
    if candidate >= instant { return candidate }
    return zone.instant(ofWallSeconds: (day + 7) * 86_400 + Int64(secondOfDay))
  }

  /// The first moment at or after `instant` when the wall clock shows `secondOfDay`, on a day
  /// accepted by `weekday` (ISO number) when given.
  static func nextWallTime(
    secondOfDay: Int, weekday: Int?, atOrAfter instant: Int64, in zone: ZoneRules
  ) -> Int64 {
    if let weekday {
      return next(weekday: weekday, secondOfDay: secondOfDay, atOrAfter: instant, in: zone)
    }
    let day = Int64(zone.civil(at: instant).date.daysSinceEpoch)
    for offset in Int64(-1)...2 {
      let candidate = zone.instant(ofWallSeconds: (day + offset) * 86_400 + Int64(secondOfDay))
      if candidate >= instant { return candidate }
    }
    return zone.instant(ofWallSeconds: (day + 3) * 86_400 + Int64(secondOfDay))
  }
}
