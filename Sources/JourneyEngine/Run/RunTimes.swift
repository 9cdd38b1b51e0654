import JourneyModel
import TextFormats

/// The moments a schedule runs a journey.
public enum RunTimes {
  /// The run times of `schedule` from `start` to `end`, both included, ascending.
  ///
  /// "Every N hours" runs at the whole UTC hours whose count since 1970 divides by N;
  /// "daily" and "weekly" at the wall time in `zone` (a time skipped by clocks going forward
  /// moves forward by the gap; a time that occurs twice runs once, at the first). A manual
  /// schedule runs once, at `end`. Real time has no fixed list: it runs whenever something
  /// is due, so this returns an empty list for it.
  public static func times(
    _ schedule: Schedule, zone: ZoneRules, from start: Int64, to end: Int64
  ) -> [Int64] {
    guard start <= end else { return [] }
    switch schedule {
    case .manual:
      return [end]
    case .realTime:
      return []
    case .everyHours(let hours):
      let period = Int64(max(1, min(24, hours))) * 3600
      var time = floorDivide(start + period - 1, period) * period
      var times: [Int64] = []
      while time <= end {
        times.append(time)
        time += period
      }
      return times
    case .daily(let time):
      return wallTimes(time, weekday: nil, zone: zone, from: start, to: end)
    case .weekly(let day, let time):
      return wallTimes(time, weekday: day.isoNumber, zone: zone, from: start, to: end)
    }
  }

  /// Every day (or every `weekday`) at `time` in `zone` within `[start, end]`.
  private static func wallTimes(
    _ time: TimeOfDay, weekday: Int?, zone: ZoneRules, from start: Int64, to end: Int64
  ) -> [Int64] {
    let first = Int64(zone.civil(at: start).date.daysSinceEpoch) - 1
    let last = Int64(zone.civil(at: end).date.daysSinceEpoch) + 1
    var times: [Int64] = []
    var day = first
    while day <= last {
      defer { day += 1 }
      if let weekday, CivilWeekday(daysSinceEpoch: Int(day)).rawValue != weekday { continue }
      let instant = zone.instant(ofWallSeconds: day * 86_400 + Int64(time.secondsOfDay))
      if instant >= start, instant <= end, times.last.map({ $0 < instant }) ?? true {
        times.append(instant)
      }
    }
    return times
  }

  /// Division rounding towards minus infinity.
  private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
