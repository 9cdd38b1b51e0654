import Foundation

/// Gives each distinct byte string a dense number, in order of first appearance, without
/// creating a `String` per lookup: the bytes live in one arena and an open-addressing table
/// finds them by hash.
struct ByteInterner: Sendable {
  /// Where one string's bytes are, and its hash.
  private struct Entry: Sendable {
    var hash: UInt64
    var start: Int
    var length: Int
  }

  private var arena: [UInt8] = []
  private var entries: [Entry] = []
  /// Open-addressing table: 0 when empty, else the number + 1 in the low 32 bits and the
  /// hash's high 32 bits above, so most misses are told apart without reading the entry.
  private var slots: [UInt64]
  private var mask: Int

  /// An empty interner sized for about `capacity` distinct strings.
  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
  }

  /// How many distinct strings it holds.
  var count: Int { entries.count }

  /// The number of `bytes`, adding them when new.
  mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Int32 {
    let hash = ByteInterner.hash(bytes)
    let (found, slot) = lookup(bytes, hash)
    if found >= 0 { return found }

    let id = Int32(entries.count)
    slots[slot] = ByteInterner.slotValue(id, hash)
    entries.append(Entry(hash: hash, start: arena.count, length: bytes.count))
    arena.append(contentsOf: bytes)
    if entries.count * 2 > slots.count { grow() }
    return id
  }

  /// The number of `bytes` if they were interned.
  func find(_ bytes: UnsafeRawBufferPointer) -> Int32? {
    let found = lookup(bytes, ByteInterner.hash(bytes)).id
    return found >= 0 ? found : nil
  }

  /// The number of `bytes` (or -1) and the slot where it is or would go.
  @inline(__always)
  private func lookup(_ bytes: UnsafeRawBufferPointer, _ hash: UInt64) -> (id: Int32, slot: Int) {
    slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        arena.withUnsafeBytes { arena in
          var slot = Int(truncatingIfNeeded: hash) & mask
          let tag = hash & 0xFFFF_FFFF_0000_0000
          while true {
            let value = slots[slot]
            if value == 0 { return (-1, slot) }
            if value & 0xFFFF_FFFF_0000_0000 == tag {
              let id = Int32(truncatingIfNeeded: (value & 0xFFFF_FFFF) - 1)
              let entry = entries[Int(id)]
              if entry.length == bytes.count, ByteInterner.same(arena, entry.start, bytes) {
                return (id, slot)
              }
            }
            slot = (slot + 1) & mask
          }
        }
      }
    }
  }

  /// True when `arena[start...]` begins with exactly `bytes`.
  @inline(__always)
  private static func same(
    _ arena: UnsafeRawBufferPointer, _ start: Int, _ bytes: UnsafeRawBufferPointer
  ) -> Bool {
    guard let base = arena.baseAddress, let other = bytes.baseAddress else {
      return bytes.isEmpty
    }
    return memcmp(base + start, other, bytes.count) == 0
  }

  /// Calls `body` with the bytes of string `id`.
  func withBytes<Result>(_ id: Int32, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    let entry = entries[Int(id)]
    return arena.withUnsafeBytes {
      body(UnsafeRawBufferPointer(rebasing: $0[entry.start..<entry.start + entry.length]))
    }
  }

  /// String `id` decoded as UTF-8 (invalid bytes replaced).
  func string(_ id: Int32) -> String {
    withBytes(id) { String(decoding: $0, as: UTF8.self) }
  }

  /// Every string, in number order.
  var strings: [String] {
    (0..<Int32(count)).map(string)
  }

  /// Every number, ordered by the strings' bytes (shorter first when one is a prefix).
  func sortedIDs() -> [Int32] {
    let keys: [UInt64] = arena.withUnsafeBytes { arena in
      entries.map { entry in
        var key: UInt64 = 0
        for offset in 0..<min(entry.length, 8) {
          key |= UInt64(arena[entry.start + offset]) << UInt64(56 - 8 * offset)
        }
        return key
      }
    }
    var ids = (0..<Int32(count)).map { $0 }
    arena.withUnsafeBytes { arena in
      entries.withUnsafeBufferPointer { entries in
        ids.sort { left, right in
          let leftKey = keys[Int(left)]
          let rightKey = keys[Int(right)]
          if leftKey != rightKey { return leftKey < rightKey }
          return ByteInterner.precedes(entries[Int(left)], entries[Int(right)], arena)
        }
      }
    }
    return ids
  }

  /// Byte order of two stored strings.
  private static func precedes(
    _ left: Entry, _ right: Entry, _ arena: UnsafeRawBufferPointer
  ) -> Bool {
    guard let base = arena.baseAddress else { return left.length < right.length }
    let order = memcmp(base + left.start, base + right.start, min(left.length, right.length))
    return order != 0 ? order < 0 : left.length < right.length
  }

  /// Doubles the table and reinserts every string.
  private mutating func grow() {
    let size = slots.count * 2
    mask = size - 1
    var table = [UInt64](repeating: 0, count: size)
    let mask = mask
    table.withUnsafeMutableBufferPointer { table in
      for (id, entry) in entries.enumerated() {
        var slot = Int(truncatingIfNeeded: entry.hash) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = ByteInterner.slotValue(Int32(id), entry.hash)
      }
    }
    slots = table
  }

  /// The table value of number `id` with `hash`.
  @inline(__always)
  private static func slotValue(_ id: Int32, _ hash: UInt64) -> UInt64 {
    (hash & 0xFFFF_FFFF_0000_0000) | (UInt64(id) + 1)
  }

  /// A fast 64-bit hash of `bytes`, eight bytes at a time.
  @inline(__always)
  static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var index = 0
    while index + 8 <= bytes.count {
      let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < bytes.count {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 29
    return hash
  }
}
