import JourneyModel
import TextFormats

/// Works out when each contact is a member of a rule audience: each condition gives the
/// intervals in which it holds, and AND or OR combine them. "Event E at least N times in the
/// last D days" holds from an event until D calendar days later (in the workspace's zone)
/// while N events are inside that window; "no event E in the last D days" is its opposite, so
/// a contact joins D days after its last such event.
struct AudienceBuilder: Sendable {
  /// One condition, compiled.
  enum Part: Sendable {
    case profile(FieldTest)
    case eventCount(series: EventSeries, atLeast: Int, days: Int)
    case noEvent(series: EventSeries, days: Int)
  }

  private let parts: [Part]
  private let op: RuleOperator
  private let profiles: ProfileStore
  private let zone: ZoneRules

  /// A builder for the compiled conditions `parts` joined by `op`.
  init(parts: [Part], op: RuleOperator, profiles: ProfileStore, zone: ZoneRules) {
    self.parts = parts
    self.op = op
    self.profiles = profiles
    self.zone = zone
  }

  /// The membership intervals of every contact.
  func build(contactCount: Int) -> IntervalTable {
    let ranges = Parallel.ranges(contactCount)
    let pieces = Parallel.map(ranges.count) { part in
      var scratch = Scratch(parts: parts.count)
      var counts: [Int32] = []
      var starts: [Int64] = []
      var ends: [Int64] = []
      for contact in ranges[part] {
        let list = membership(Int32(contact), &scratch)
        var index = 0
        while index < list.count {
          starts.append(list[index])
          ends.append(list[index + 1])
          index += 2
        }
        counts.append(Int32(list.count / 2))
      }
      return (counts, starts, ends)
    }
    var offsets: [Int32] = [0]
    offsets.reserveCapacity(contactCount + 1)
    var total: Int32 = 0
    for piece in pieces {
      for count in piece.0 {
        total += count
        offsets.append(total)
      }
    }
    return IntervalTable(
      offsets: offsets, starts: pieces.flatMap(\.1), ends: pieces.flatMap(\.2))
  }

  /// Buffers reused from one contact to the next.
  private struct Scratch {
    var lists: [[Int64]]
    var combined: [Int64] = []
    var spare: [Int64] = []

    init(parts: Int) {
      lists = Array(repeating: [], count: parts)
    }
  }

  private func membership(_ contact: Int32, _ scratch: inout Scratch) -> [Int64] {
    for (index, part) in parts.enumerated() {
      intervals(part, contact, into: &scratch.lists[index], spare: &scratch.spare)
    }
    scratch.combined.removeAll(keepingCapacity: true)
    scratch.combined.append(contentsOf: scratch.lists[0])
    for index in scratch.lists.indices.dropFirst() {
      if op == .all {
        IntervalOps.intersect(scratch.combined, scratch.lists[index], into: &scratch.spare)
      } else {
        IntervalOps.union(scratch.combined, scratch.lists[index], into: &scratch.spare)
      }
      swap(&scratch.combined, &scratch.spare)
    }
    return scratch.combined
  }

  private func intervals(
    _ part: Part, _ contact: Int32, into list: inout [Int64], spare: inout [Int64]
  ) {
    list.removeAll(keepingCapacity: true)
    switch part {
    case .profile(let test):
      profileIntervals(test, contact, into: &list)
    case .eventCount(let series, let atLeast, let days):
      countIntervals(series, contact, atLeast: atLeast, days: days, into: &list)
    case .noEvent(let series, let days):
      countIntervals(series, contact, atLeast: 1, days: days, into: &spare)
      IntervalOps.complement(spare, into: &list)
    }
  }

  /// Where a profile condition holds: from the start if the initial value passes, then
  /// switching at the changes of the field (all changes at one moment applied together).
  private func profileIntervals(_ test: FieldTest, _ contact: Int32, into list: inout [Int64]) {
    let field = Int32(test.column)
    var value = profiles.columns[test.column][Int(contact)]
    var holds = test.matches(value)
    var since = Int64.min
    let changes = profiles.changeRange(of: contact)
    var index = changes.lowerBound
    while index < changes.upperBound {
      let time = profiles.changeTimes[index]
      var touched = false
      while index < changes.upperBound, profiles.changeTimes[index] == time {
        if profiles.changeFields[index] == field {
          value = ValueCode(raw: profiles.changeValues[index])
          touched = true
        }
        index += 1
      }
      guard touched else { continue }
      let now = test.matches(value)
      if now && !holds { since = time }
      if holds && !now { IntervalOps.append(since, time, to: &list) }
      holds = now
    }
    if holds { IntervalOps.append(since, Int64.max, to: &list) }
  }

  /// Where at least `atLeast` qualifying events lie in the window of the last `days` days:
  /// an event at `e` counts from `e` until `days` calendar days later (excluded).
  private func countIntervals(
    _ series: EventSeries, _ contact: Int32, atLeast: Int, days: Int, into list: inout [Int64]
  ) {
    let range = series.range(of: contact)
    guard range.count >= atLeast else { return }
    var next = range.lowerBound
    var expiring = range.lowerBound
    var inside = 0
    var since = Int64.min
    while next < range.upperBound || expiring < next {
      let arrival = next < range.upperBound ? series.times[next] : Int64.max
      let expiry = expiring < next
        ? CalendarMath.adding(days: days, to: series.times[expiring], in: zone) : Int64.max
      let time = min(arrival, expiry)
      let before = inside
      while expiring < next,
        CalendarMath.adding(days: days, to: series.times[expiring], in: zone) == time
      {
        inside -= 1
        expiring += 1
      }
      while next < range.upperBound, series.times[next] == time {
        inside += 1
        next += 1
      }
      if before < atLeast, inside >= atLeast { since = time }
      if before >= atLeast, inside < atLeast { IntervalOps.append(since, time, to: &list) }
    }
    if inside >= atLeast { IntervalOps.append(since, Int64.max, to: &list) }
  }
}
