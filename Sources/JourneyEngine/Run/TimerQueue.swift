/// The contacts that need attention at a moment — a Wait that ends, a deadline, an event
/// that may change a rule — found by time.
///
/// Entries go into buckets of one hour; only the bucket holding the current run time is
/// kept as a binary heap, so a run pays for the entries it takes, not for every entry
/// waiting in the queue. Entries may go stale (the contact moved on); whoever pops them
/// checks them against the contact's current state.
struct TimerQueue: Sendable {
  /// One entry.
  struct Entry: Sendable {
    /// When.
    var time: Int64
    /// Who.
    var contact: Int32
  }

  private static let width: Int64 = 3600
  private var near: [Entry] = []
  private var nearBucket = Int64.min
  private var buckets: [Int64: [Entry]] = [:]
  private var bucketKeys: [Int64] = []
  private(set) var count = 0

  /// An empty queue.
  init() {}

  /// A queue holding the given entries.
  init(times: [Int64], contacts: [Int32]) {
    for (time, contact) in zip(times, contacts) { push(time, contact) }
  }

  /// The bucket of `time`.
  @inline(__always)
  private static func bucket(_ time: Int64) -> Int64 {
    time >= 0 ? time / width : (time + 1) / width - 1
  }

  /// The earliest moment in the queue.
  var firstTime: Int64? {
    mutating get {
      promote()
      return near.first?.time
    }
  }

  /// The contact of the earliest entry.
  var firstContact: Int32? {
    mutating get {
      promote()
      return near.first?.contact
    }
  }

  /// Adds an entry.
  mutating func push(_ time: Int64, _ contact: Int32) {
    count += 1
    let bucket = TimerQueue.bucket(time)
    if bucket <= nearBucket {
      TimerQueue.heapPush(&near, Entry(time: time, contact: contact))
      return
    }
    if let index = buckets.index(forKey: bucket) {
      buckets.values[index].append(Entry(time: time, contact: contact))
    } else {
      buckets[bucket] = [Entry(time: time, contact: contact)]
      TimerQueue.keyPush(&bucketKeys, bucket)
    }
  }

  /// Removes the earliest entry.
  mutating func removeFirst() {
    promote()
    guard !near.isEmpty else { return }
    TimerQueue.heapPop(&near)
    count -= 1
  }

  /// Removes every entry at or before `time`, appending its contact to `due`.
  mutating func popAll(upTo time: Int64, into due: inout [Int32]) {
    let current = TimerQueue.bucket(time)
    if nearBucket < current {
      for entry in near { due.append(entry.contact) }
      count -= near.count
      near.removeAll(keepingCapacity: true)
    }
    while let key = bucketKeys.first, key < current {
      TimerQueue.keyPop(&bucketKeys)
      let entries = buckets.removeValue(forKey: key) ?? []
      for entry in entries { due.append(entry.contact) }
      count -= entries.count
    }
    if near.isEmpty, bucketKeys.first == current { promote() }
    while let first = near.first, first.time <= time {
      due.append(first.contact)
      TimerQueue.heapPop(&near)
      count -= 1
    }
  }

  /// Makes the earliest bucket the heap when the heap is empty.
  private mutating func promote() {
    guard near.isEmpty, let key = bucketKeys.first else { return }
    TimerQueue.keyPop(&bucketKeys)
    near = buckets.removeValue(forKey: key) ?? []
    nearBucket = key
    near.withUnsafeMutableBufferPointer { heap in
      var index = heap.count / 2 - 1
      while index >= 0 {
        TimerQueue.siftDown(heap, from: index)
        index -= 1
      }
    }
  }

  // MARK: - Heaps

  private static func heapPush(_ heap: inout [Entry], _ entry: Entry) {
    heap.append(entry)
    heap.withUnsafeMutableBufferPointer { heap in
      var child = heap.count - 1
      while child > 0 {
        let parent = (child - 1) >> 1
        guard entry.time < heap[parent].time else { break }
        heap[child] = heap[parent]
        child = parent
      }
      heap[child] = entry
    }
  }

  private static func heapPop(_ heap: inout [Entry]) {
    guard let last = heap.popLast(), !heap.isEmpty else { return }
    heap.withUnsafeMutableBufferPointer { heap in
      heap[0] = last
      siftDown(heap, from: 0)
    }
  }

  private static func siftDown(_ heap: UnsafeMutableBufferPointer<Entry>, from start: Int) {
    let count = heap.count
    let entry = heap[start]
    var parent = start
    while true {
      var child = 2 * parent + 1
      guard child < count else { break }
      if child + 1 < count, heap[child + 1].time < heap[child].time { child += 1 }
      guard heap[child].time < entry.time else { break }
      heap[parent] = heap[child]
      parent = child
    }
    heap[parent] = entry
  }

  private static func keyPush(_ keys: inout [Int64], _ key: Int64) {
    keys.append(key)
    var child = keys.count - 1
    while child > 0 {
      let parent = (child - 1) >> 1
      guard keys[child] < keys[parent] else { break }
      keys.swapAt(child, parent)
      child = parent
    }
  }

  private static func keyPop(_ keys: inout [Int64]) {
    guard let last = keys.popLast(), !keys.isEmpty else { return }
    keys[0] = last
    var parent = 0
    while true {
      var child = 2 * parent + 1
      guard child < keys.count else { return }
      if child + 1 < keys.count, keys[child + 1] < keys[child] { child += 1 }
      guard keys[child] < keys[parent] else { return }
      keys.swapAt(child, parent)
      parent = child
    }
  }
}
