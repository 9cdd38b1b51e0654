import JourneyModel

/// The times of the events that satisfy one event condition's table and filters, per
/// contact, sorted: "the Nth qualifying event after a moment" is a binary search.
final class EventSeries: Sendable {
  /// Where each contact's times start (contact count + 1 entries).
  let offsets: [Int32]
  /// Qualifying event times.
  let times: [Int64]

  /// Selects the events of `table` that pass every filter in `filters`.
  init(table: EventTableStore, filters: [FieldTest]) {
    guard !filters.isEmpty else {
      offsets = table.offsets
      times = table.times
      return
    }
    let contactCount = table.offsets.count - 1
    let parts = Parallel.map(Parallel.ranges(contactCount).count) { part in
      let range = Parallel.ranges(contactCount)[part]
      var counts: [Int32] = []
      var times: [Int64] = []
      counts.reserveCapacity(range.count)
      for contact in range {
        var kept: Int32 = 0
        for event in table.range(of: Int32(contact))
        where filters.allSatisfy({ $0.matches(table.properties[$0.column][event]) }) {
          times.append(table.times[event])
          kept += 1
        }
        counts.append(kept)
      }
      return (counts, times)
    }
    var offsets: [Int32] = [0]
    offsets.reserveCapacity(contactCount + 1)
    var total: Int32 = 0
    for part in parts {
      for count in part.0 {
        total += count
        offsets.append(total)
      }
    }
    self.offsets = offsets
    times = parts.flatMap(\.1)
  }

  /// The positions of `contact`'s times.
  @inline(__always)
  func range(of contact: Int32) -> Range<Int> {
    Int(offsets[Int(contact)])..<Int(offsets[Int(contact) + 1])
  }

  /// The first position in `range` whose time is at or after `time`.
  @inline(__always)
  func firstIndex(in range: Range<Int>, atOrAfter time: Int64) -> Int {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) >> 1
      if times[middle] < time { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The time of the `n`th (1-based) qualifying event at or after `time`, or nil.
  func nth(_ n: Int, of contact: Int32, atOrAfter time: Int64) -> Int64? {
    nth(n, in: range(of: contact), atOrAfter: time)
  }

  /// The time of the `n`th qualifying event strictly after `time`, or nil.
  func nth(_ n: Int, of contact: Int32, after time: Int64) -> Int64? {
    nth(n, in: range(of: contact), after: time)
  }

  /// How many qualifying events lie in `(after, upTo]`.
  func count(of contact: Int32, after: Int64, upTo: Int64) -> Int {
    count(in: range(of: contact), after: after, upTo: upTo)
  }

  /// The `n`th event time at or after `time` among the positions `range` (one contact's).
  @inline(__always)
  func nth(_ n: Int, in range: Range<Int>, atOrAfter time: Int64) -> Int64? {
    let index = firstIndex(in: range, atOrAfter: time) + n - 1
    return index < range.upperBound ? times[index] : nil
  }

  /// The `n`th event time strictly after `time` among the positions `range`.
  @inline(__always)
  func nth(_ n: Int, in range: Range<Int>, after time: Int64) -> Int64? {
    time == Int64.max ? nil : nth(n, in: range, atOrAfter: time + 1)
  }

  /// How many of the positions `range` have times in `(after, upTo]`.
  func count(in range: Range<Int>, after: Int64, upTo: Int64) -> Int {
    guard upTo > after else { return 0 }
    let first = after == Int64.max ? range.upperBound : firstIndex(in: range, atOrAfter: after + 1)
    let end = upTo == Int64.max ? range.upperBound : firstIndex(in: range, atOrAfter: upTo + 1)
    return max(0, end - first)
  }
}
