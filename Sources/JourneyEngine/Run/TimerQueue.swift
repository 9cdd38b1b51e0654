/// A binary min-heap of (moment, contact): the contacts that need attention at a moment —
/// a Wait that ends, a deadline, an event that may change a rule. Entries may go stale (the
/// contact moved on); whoever pops them checks them against the contact's current state.
struct TimerQueue: Sendable {
  private var times: [Int64] = []
  private var contacts: [Int32] = []

  /// An empty queue.
  init() {}

  /// A queue holding `entries`, arranged in linear time.
  init(times: [Int64], contacts: [Int32]) {
    self.times = times
    self.contacts = contacts
    var index = times.count / 2 - 1
    while index >= 0 {
      siftDown(index)
      index -= 1
    }
  }

  /// How many entries it holds.
  var count: Int { times.count }

  /// The earliest moment in the queue.
  var firstTime: Int64? { times.first }

  /// The contact of the earliest entry.
  var firstContact: Int32? { contacts.first }

  /// Adds an entry.
  mutating func push(_ time: Int64, _ contact: Int32) {
    times.append(time)
    contacts.append(contact)
    siftUp(times.count - 1)
  }

  /// Removes the earliest entry.
  mutating func removeFirst() {
    let last = times.count - 1
    guard last >= 0 else { return }
    times.swapAt(0, last)
    contacts.swapAt(0, last)
    times.removeLast()
    contacts.removeLast()
    if !times.isEmpty { siftDown(0) }
  }

  /// Removes every entry at or before `time`, appending its contact to `due`.
  mutating func popAll(upTo time: Int64, into due: inout [Int32]) {
    while let first = times.first, first <= time {
      due.append(contacts[0])
      removeFirst()
    }
  }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard times[child] < times[parent] else { return }
      times.swapAt(child, parent)
      contacts.swapAt(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    let count = times.count
    while true {
      let left = 2 * parent + 1
      guard left < count else { return }
      var smallest = left
      if left + 1 < count, times[left + 1] < times[left] { smallest = left + 1 }
      guard times[smallest] < times[parent] else { return }
      times.swapAt(smallest, parent)
      contacts.swapAt(smallest, parent)
      parent = smallest
    }
  }
}
