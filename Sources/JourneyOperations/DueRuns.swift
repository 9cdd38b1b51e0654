import JourneyEngine
import JourneyModel
import TextFormats

/// The moments a fixed schedule runs a journey live.
enum DueRuns {
  /// The longest gap between two runs of a fixed schedule, with room for clock changes.
  private static let longestGap: Int64 = 8 * 86_400

  /// The run times of `schedule` from `start` to `end`, both included, oldest first; none
  /// for a manual or real-time schedule (real time follows the data, not a clock).
  static func times(
    _ schedule: Schedule, zone: ZoneRules, from start: Int64, to end: Int64
  ) -> [Int64] {
    switch schedule {
    case .manual, .realTime: return []
    default: return RunTimes.times(schedule, zone: zone, from: start, to: end)
    }
  }

  /// The first run time of `schedule` at or after `start`; nil for manual and real time.
  static func first(_ schedule: Schedule, zone: ZoneRules, atOrAfter start: Int64) -> Int64? {
    times(schedule, zone: zone, from: start, to: start + longestGap).first
  }

  /// The first moment from which runs are due: the second after the last run (the publish
  /// time before any), and never before the running version went live, so runs missed
  /// while the journey was paused are not made up.
  static func start(publishedAt: Int64, versionSince: Int64, lastRunAt: Int64?) -> Int64 {
    max(lastRunAt.map { $0 + 1 } ?? publishedAt, versionSince)
  }

  /// When a fixed or manual schedule runs next after `now`, runs being due from `start`;
  /// nil for real time, whose next run depends on the data.
  static func next(
    _ schedule: Schedule, zone: ZoneRules?, start: Int64, after now: Int64
  ) -> NextRun? {
    switch schedule {
    case .manual:
      return .manual
    case .realTime:
      return nil
    default:
      guard let zone, let time = first(schedule, zone: zone, atOrAfter: max(now + 1, start))
      else { return .manual }
      return .at(time)
    }
  }
}
