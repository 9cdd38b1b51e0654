/// Everything the engine keeps about one contact, packed into one 64-byte cache line: a run
/// that visits a contact touches one line instead of one per array.
struct ContactSlot {
  /// Its arrival time at its current step.
  var arrival: Int64 = 0
  /// Its entry time (arrival at Start).
  var entryTime: Int64 = 0
  /// Rules count towards its next entry from this moment on.
  var qualifyFrom: Int64
  /// When its entry rules next need a look (Int64.max: never).
  var entryDue = Int64.max
  /// When its exit rules next need a look, while inside.
  var exitDue = Int64.max
  /// When its Wait or Pause Until ends, while inside.
  var advanceDue = Int64.max
  /// Its current step, or -1.
  var step: Int32 = -1
  /// How many times it entered.
  var entries: Int32 = 0
  /// Outside, inside or left.
  var status = ContactStatus.outside

  /// A contact that never entered.
  init(qualifyFrom: Int64) {
    self.qualifyFrom = qualifyFrom
  }
}

/// The slots of every contact in one cache-aligned block that lives as long as the engine.
/// Reached through a plain pointer: no copy-on-write, bounds or exclusivity checks in the
/// engine's hot loops (contact numbers come from the data, so they are always in range).
final class ContactSlots {
  /// The first slot.
  let base: UnsafeMutablePointer<ContactSlot>
  /// How many slots.
  let count: Int

  /// `count` slots of contacts that never entered.
  init(count: Int, qualifyFrom: Int64) {
    self.count = count
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: max(1, count) * MemoryLayout<ContactSlot>.stride, alignment: 64)
    base = raw.bindMemory(to: ContactSlot.self, capacity: max(1, count))
    base.initialize(repeating: ContactSlot(qualifyFrom: qualifyFrom), count: count)
  }

  deinit {
    base.deinitialize(count: count)
    UnsafeMutableRawPointer(base).deallocate()
  }
}
