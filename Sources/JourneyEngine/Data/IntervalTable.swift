/// Time intervals per contact, such as audience memberships: each contact's intervals are
/// half-open `[start, end)`, sorted, disjoint and not touching. `Int64.min` as a start means
/// "since before any data"; `Int64.max` as an end means "still".
public final class IntervalTable: Sendable {
  /// Where each contact's intervals start (contact count + 1 entries).
  let offsets: [Int32]
  /// Interval starts.
  let starts: [Int64]
  /// Interval ends (exclusive).
  let ends: [Int64]

  /// Assembles a table.
  init(offsets: [Int32], starts: [Int64], ends: [Int64]) {
    self.offsets = offsets
    self.starts = starts
    self.ends = ends
  }

  /// A table where no contact has any interval.
  convenience init(emptyFor contactCount: Int) {
    self.init(offsets: Array(repeating: 0, count: contactCount + 1), starts: [], ends: [])
  }

  /// How many intervals the table holds.
  public var count: Int { starts.count }

  /// The positions of `contact`'s intervals.
  @inline(__always)
  func range(of contact: Int32) -> Range<Int> {
    Int(offsets[Int(contact)])..<Int(offsets[Int(contact) + 1])
  }

  /// The start of the interval holding `time`, or nil when `contact` is outside at `time`.
  public func start(of contact: Int32, containing time: Int64) -> Int64? {
    start(in: range(of: contact), containing: time)
  }

  /// The first interval start at or after `time`, or nil.
  public func firstStart(of contact: Int32, atOrAfter time: Int64) -> Int64? {
    firstStart(in: range(of: contact), atOrAfter: time)
  }

  /// The start of the interval holding `time` among the positions `range` (one contact's).
  func start(in range: Range<Int>, containing time: Int64) -> Int64? {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) >> 1
      if starts[middle] <= time { low = middle + 1 } else { high = middle }
    }
    guard low > range.lowerBound, ends[low - 1] > time else { return nil }
    return starts[low - 1]
  }

  /// The first interval start at or after `time` among the positions `range`.
  func firstStart(in range: Range<Int>, atOrAfter time: Int64) -> Int64? {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) >> 1
      if starts[middle] < time { low = middle + 1 } else { high = middle }
    }
    return low < range.upperBound ? starts[low] : nil
  }

  /// The intervals of `contact`, in order.
  public func intervals(of contact: Int32) -> [(start: Int64, end: Int64)] {
    range(of: contact).map { (starts[$0], ends[$0]) }
  }
}
