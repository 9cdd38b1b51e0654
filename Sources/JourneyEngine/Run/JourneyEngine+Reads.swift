extension JourneyEngine {
  /// The value of profile field `field` for `contact` as of `time`.
  @inline(__always)
  func profileValue(_ field: Int, _ contact: Int32, at time: Int64) -> ValueCode {
    let profiles = plan.data.profiles
    guard let initial = hot.initial(field, contact) else {
      return profiles.value(field, of: contact, at: time)
    }
    return profiles.value(field, initial: initial, changes: hot.changes(contact), at: time)
  }

  /// The positions of `contact`'s profile changes.
  @inline(__always)
  func changeRange(_ contact: Int32) -> Range<Int> {
    hot.changes(contact)
  }

  /// The `n`th event of series `series` at or after `time`.
  @inline(__always)
  func nth(_ n: Int, _ series: Int, _ contact: Int32, atOrAfter time: Int64) -> Int64? {
    plan.series[series].nth(n, in: hot.series(series, contact), atOrAfter: time)
  }

  /// The `n`th event of series `series` strictly after `time`.
  @inline(__always)
  func nth(_ n: Int, _ series: Int, _ contact: Int32, after time: Int64) -> Int64? {
    plan.series[series].nth(n, in: hot.series(series, contact), after: time)
  }

  /// How many events of series `series` lie in `(after, upTo]`.
  @inline(__always)
  func count(_ series: Int, _ contact: Int32, after: Int64, upTo: Int64) -> Int {
    plan.series[series].count(in: hot.series(series, contact), after: after, upTo: upTo)
  }

  /// The start of `contact`'s membership of timeline `timeline` holding `time`.
  @inline(__always)
  func membershipStart(_ timeline: Int, _ contact: Int32, containing time: Int64) -> Int64? {
    plan.timelines[timeline].start(in: hot.timeline(timeline, contact), containing: time)
  }

  /// The first start of `contact`'s memberships of timeline `timeline` at or after `time`.
  @inline(__always)
  func firstJoin(_ timeline: Int, _ contact: Int32, atOrAfter time: Int64) -> Int64? {
    plan.timelines[timeline].firstStart(in: hot.timeline(timeline, contact), atOrAfter: time)
  }
}
