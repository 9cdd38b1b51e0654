/// Rows grouped per contact in flat arrays (offsets per contact), each contact's rows sorted
/// by time with ties kept in file order.
struct Grouped {
  /// Where each contact's rows start (contact count + 1 entries).
  private(set) var offsets: [Int32]
  /// Row times.
  private(set) var times: [Int64] = []
  /// Row keys (the field of a change).
  private(set) var keys: [Int32] = []
  /// One array per value slot.
  private(set) var values: [[Int64]]
  private let width: Int

  /// Empty groups for `contactCount` contacts with `width` values per row.
  init(contactCount: Int, width: Int) {
    offsets = [Int32](repeating: 0, count: contactCount + 1)
    values = Array(repeating: [], count: width)
    self.width = width
  }

  /// Counts the rows of each contact and sets the offsets.
  mutating func count(
    _ blocks: [(source: Int, piece: Int, block: RowBlock)], _ numbering: ContactNumbering
  ) {
    var counts = [Int](repeating: 0, count: offsets.count)
    for entry in blocks {
      let ranks = numbering.ranks(source: entry.source, piece: entry.piece)
      for contact in entry.block.contacts { counts[Int(ranks[Int(contact)]) + 1] += 1 }
    }
    var total = 0
    for index in counts.indices {
      total += counts[index]
      offsets[index] = Int32(clamping: total)
    }
  }

  /// Places every row after its contact's earlier rows, in block order; `transform` maps
  /// each value (value, slot, key, source, piece) to its final bits.
  mutating func fill(
    _ blocks: [(source: Int, piece: Int, block: RowBlock)], _ numbering: ContactNumbering,
    _ transform: (Int64, Int, Int32, Int, Int) -> Int64
  ) {
    let total = Int(offsets.last ?? 0)
    times = [Int64](repeating: 0, count: total)
    let hasKeys = blocks.contains { !$0.block.keys.isEmpty }
    keys = hasKeys ? [Int32](repeating: 0, count: total) : []
    values = (0..<width).map { _ in [Int64](repeating: 0, count: total) }
    var cursor = offsets.dropLast().map(Int.init)
    for entry in blocks {
      let block = entry.block
      let ranks = numbering.ranks(source: entry.source, piece: entry.piece)
      for row in 0..<block.count {
        let contact = Int(ranks[Int(block.contacts[row])])
        let position = cursor[contact]
        cursor[contact] += 1
        times[position] = block.times[row]
        let key = hasKeys ? block.keys[row] : 0
        if hasKeys { keys[position] = key }
        for slot in 0..<width {
          values[slot][position] = transform(
            block.values[row * width + slot], slot, key, entry.source, entry.piece)
        }
      }
    }
  }

  /// Sorts each contact's rows by time, keeping rows of equal time in their current order.
  mutating func sortByTime() {
    let contactCount = offsets.count - 1
    var order: [Int] = []
    for contact in 0..<contactCount {
      let start = Int(offsets[contact])
      let end = Int(offsets[contact + 1])
      guard end - start > 1, !isSorted(start, end) else { continue }
      order = Array(start..<end)
      order.sort { (times[$0], $0) < (times[$1], $1) }
      apply(order, at: start)
    }
  }

  private func isSorted(_ start: Int, _ end: Int) -> Bool {
    for index in start + 1..<end where times[index] < times[index - 1] { return false }
    return true
  }

  private mutating func apply(_ order: [Int], at start: Int) {
    let sortedTimes = order.map { times[$0] }
    for (offset, time) in sortedTimes.enumerated() { times[start + offset] = time }
    if !keys.isEmpty {
      let sortedKeys = order.map { keys[$0] }
      for (offset, key) in sortedKeys.enumerated() { keys[start + offset] = key }
    }
    for slot in 0..<width {
      let sorted = order.map { values[slot][$0] }
      for (offset, value) in sorted.enumerated() { values[slot][start + offset] = value }
    }
  }
}
