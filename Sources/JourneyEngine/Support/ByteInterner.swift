import Foundation

/// Gives each distinct byte string a dense number, in order of first appearance, without
/// creating a `String` per lookup: the bytes live in one arena and an open-addressing table
/// finds them by hash.
struct ByteInterner: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  private var slots: [Int32]
  private var mask: Int

  /// An empty interner sized for about `capacity` distinct strings.
  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// How many distinct strings it holds.
  var count: Int { hashes.count }

  /// The number of `bytes`, adding them when new.
  mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Int32 {
    let hash = ByteInterner.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { break }
      if hashes[Int(id)] == hash, equals(Int(id), bytes) { return id }
      slot = (slot + 1) & mask
    }

    let id = Int32(hashes.count)
    slots[slot] = id
    hashes.append(hash)
    arena.append(contentsOf: bytes)
    starts.append(arena.count)
    if hashes.count * 2 > slots.count { grow() }
    return id
  }

  /// The number of `bytes` if they were interned.
  func find(_ bytes: UnsafeRawBufferPointer) -> Int32? {
    let hash = ByteInterner.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { return nil }
      if hashes[Int(id)] == hash, equals(Int(id), bytes) { return id }
      slot = (slot + 1) & mask
    }
  }

  /// Calls `body` with the bytes of string `id`.
  func withBytes<Result>(_ id: Int32, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    let start = starts[Int(id)]
    let end = starts[Int(id) + 1]
    return arena.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
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
      (0..<count).map { id in
        var key: UInt64 = 0
        let start = starts[id]
        let end = min(starts[id + 1], start + 8)
        for index in start..<end {
          key |= UInt64(arena[index]) << UInt64(56 - 8 * (index - start))
        }
        return key
      }
    }
    var ids = (0..<Int32(count)).map { $0 }
    arena.withUnsafeBytes { arena in
      starts.withUnsafeBufferPointer { starts in
        ids.sort { left, right in
          let leftKey = keys[Int(left)]
          let rightKey = keys[Int(right)]
          if leftKey != rightKey { return leftKey < rightKey }
          return ByteInterner.precedes(Int(left), Int(right), arena, starts)
        }
      }
    }
    return ids
  }

  /// Byte order of two stored strings.
  private static func precedes(
    _ left: Int, _ right: Int, _ arena: UnsafeRawBufferPointer, _ starts: UnsafeBufferPointer<Int>
  ) -> Bool {
    let leftLength = starts[left + 1] - starts[left]
    let rightLength = starts[right + 1] - starts[right]
    guard let base = arena.baseAddress else { return leftLength < rightLength }
    let order = memcmp(base + starts[left], base + starts[right], min(leftLength, rightLength))
    return order != 0 ? order < 0 : leftLength < rightLength
  }

  /// True when string `id` has exactly `bytes`.
  private func equals(_ id: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
    let start = starts[id]
    let length = starts[id + 1] - start
    guard length == bytes.count else { return false }
    if length == 0 { return true }
    return arena.withUnsafeBytes { arena in
      guard let base = arena.baseAddress, let other = bytes.baseAddress else { return false }
      return memcmp(base + start, other, length) == 0
    }
  }

  /// Doubles the table and reinserts every string.
  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }

  /// A fast 64-bit hash of `bytes`, eight bytes at a time.
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
