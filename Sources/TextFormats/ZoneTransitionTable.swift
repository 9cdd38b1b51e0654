import Foundation

/// The UTC offset changes of one zone over a span of years, read once from Foundation.
struct ZoneTransitionTable: Sendable {
  /// The first instant the table covers (1900-01-01T00:00:00Z).
  static let firstInstant: Int64 = -2_208_988_800

  /// The instant just after the table ends (2100-01-01T00:00:00Z).
  static let endInstant: Int64 = 4_102_444_800

  /// Instants at which the offset changes, ascending.
  let instants: [Int64]

  /// `offsets[k]` is the offset in seconds from `instants[k]` on.
  let offsets: [Int64]

  /// The offset in force at `firstInstant`, before the first change.
  let initialOffset: Int64

  /// Reads every transition of `zone` between 1900 and 2100.
  init(zone: TimeZone) {
    var instants: [Int64] = []
    var offsets: [Int64] = []
    var cursor = Date(timeIntervalSince1970: Double(ZoneTransitionTable.firstInstant))
    let end = Date(timeIntervalSince1970: Double(ZoneTransitionTable.endInstant))

    while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end,
      next > cursor
    {
      instants.append(Int64(next.timeIntervalSince1970.rounded(.down)))
      offsets.append(Int64(zone.secondsFromGMT(for: next)))
      cursor = next
    }

    self.instants = instants
    self.offsets = offsets
    let start = Date(timeIntervalSince1970: Double(ZoneTransitionTable.firstInstant))
    initialOffset = Int64(zone.secondsFromGMT(for: start))
  }

  /// True when the table holds no offset change at all.
  var isConstant: Bool { instants.isEmpty }

  /// The offset at `instant`, which must lie inside the table's span.
  func offset(at instant: Int64) -> Int64 {
    var low = 0
    var high = instants.count
    while low < high {
      let middle = (low + high) >> 1
      if instants[middle] <= instant {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low == 0 ? initialOffset : offsets[low - 1]
  }
}
