/// For each contact an engine looks after, the places of everything the runs read about it,
/// side by side: where its changes and its qualifying events of each series lie, where its
/// audience intervals lie, and the initial values of the profile fields the journey reads.
/// The data itself is stored by column; this row turns about a dozen scattered reads per
/// contact into one or two.
final class HotRows {
  private let base: UnsafeMutablePointer<Int64>
  private let stride: Int
  private let first: Int
  private let count: Int
  private let seriesCount: Int
  private let timelineCount: Int
  /// Each hot field's position in a row, by profile field index (-1: not kept).
  private let fieldSlots: [Int]

  /// Rows for `contacts`, keeping the initial values of `fields`.
  init(plan: ExecutionPlan, contacts: Range<Int32>, fields: [Int]) {
    seriesCount = plan.series.count
    timelineCount = plan.timelines.count
    stride = 1 + seriesCount + timelineCount + fields.count
    first = Int(contacts.lowerBound)
    count = contacts.count
    var slots = [Int](repeating: -1, count: plan.data.profiles.fields.count)
    for (position, field) in fields.enumerated() { slots[field] = position }
    fieldSlots = slots
    base = UnsafeMutablePointer<Int64>.allocate(capacity: max(1, count * stride))

    let profiles = plan.data.profiles
    var row = base
    for contact in contacts {
      let index = Int(contact)
      row[0] = HotRows.pack(profiles.changeOffsets[index], profiles.changeOffsets[index + 1])
      for (offset, series) in plan.series.enumerated() {
        row[1 + offset] = HotRows.pack(series.offsets[index], series.offsets[index + 1])
      }
      for (offset, timeline) in plan.timelines.enumerated() {
        row[1 + seriesCount + offset] = HotRows.pack(
          timeline.offsets[index], timeline.offsets[index + 1])
      }
      for (offset, field) in fields.enumerated() {
        row[1 + seriesCount + timelineCount + offset] = profiles.columns[field][index].raw
      }
      row += stride
    }
  }

  deinit {
    base.deallocate()
  }

  @inline(__always)
  private static func pack(_ start: Int32, _ end: Int32) -> Int64 {
    Int64(start) << 32 | Int64(UInt32(bitPattern: end))
  }

  @inline(__always)
  private static func unpack(_ value: Int64) -> Range<Int> {
    Int(value >> 32)..<Int(Int32(truncatingIfNeeded: value))
  }

  /// The row of `contact`.
  @inline(__always)
  private func row(_ contact: Int32) -> UnsafeMutablePointer<Int64> {
    base + (Int(contact) - first) * stride
  }

  /// Reads `contact`'s row, returning a meaningless number: a loop over many contacts
  /// overlaps their cache misses.
  @inline(__always)
  func touch(_ contact: Int32) -> Int {
    let row = row(contact)
    return Int(truncatingIfNeeded: row[0] &+ row[stride - 1])
  }

  /// The positions of `contact`'s profile changes.
  @inline(__always)
  func changes(_ contact: Int32) -> Range<Int> {
    HotRows.unpack(row(contact)[0])
  }

  /// The positions of `contact`'s events in series `series`.
  @inline(__always)
  func series(_ series: Int, _ contact: Int32) -> Range<Int> {
    HotRows.unpack(row(contact)[1 + series])
  }

  /// The positions of `contact`'s intervals in timeline `timeline`.
  @inline(__always)
  func timeline(_ timeline: Int, _ contact: Int32) -> Range<Int> {
    HotRows.unpack(row(contact)[1 + seriesCount + timeline])
  }

  /// `contact`'s initial value of profile field `field`, if the rows keep it.
  @inline(__always)
  func initial(_ field: Int, _ contact: Int32) -> ValueCode? {
    let slot = fieldSlots[field]
    guard slot >= 0 else { return nil }
    return ValueCode(raw: row(contact)[1 + seriesCount + timelineCount + slot])
  }
}
