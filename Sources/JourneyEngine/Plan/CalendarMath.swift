import JourneyModel
import TextFormats

/// Time arithmetic in a zone: minutes and hours are elapsed seconds; days and weeks are
/// calendar days that keep the wall-clock time. A wall time that does not exist (clocks going
/// forward) moves forward by the gap; one that occurs twice means the first.
enum CalendarMath {
  /// `instant` plus `span`.
  static func adding(_ span: TimeSpan, to instant: Int64, in zone: ZoneRules) -> Int64 {
    let amount = Int64(span.amount)
    switch span.unit {
    case .minutes: return instant &+ amount * 60
    case .hours: return instant &+ amount * 3600
    case .days: return adding(days: span.amount, to: instant, in: zone)
    case .weeks: return adding(days: span.amount * 7, to: instant, in: zone)
    }
  }

  /// The same wall-clock time `days` calendar days later.
  static func adding(days: Int, to instant: Int64, in zone: ZoneRules) -> Int64 {
    if zone.fixedOffset != nil { return instant + Int64(days) * 86_400 }
    let wall = instant + zone.offset(at: instant)
    return zone.instant(ofWallSeconds: wall + Int64(days) * 86_400)
  }

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
