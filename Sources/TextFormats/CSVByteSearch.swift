/// Finds the next byte from a small set, eight bytes at a time.
///
/// Each byte of the set is spread over a 64-bit word; XOR with the input word turns a
/// matching byte into zero, and the classic "has a zero byte" test flags it. That test can
/// also flag bytes above a true match, never below, so the lowest flag is always exact.
struct CSVByteSearch {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  private let first: UInt64
  private let second: UInt64
  private let third: UInt64
  private let fourth: UInt64
  private let set: (UInt8, UInt8, UInt8, UInt8)

  /// Searches for any of up to four bytes (repeat one to search for fewer).
  init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
    first = UInt64(a) &* CSVByteSearch.ones
    second = UInt64(b) &* CSVByteSearch.ones
    third = UInt64(c) &* CSVByteSearch.ones
    fourth = UInt64(d) &* CSVByteSearch.ones
    set = (a, b, c, d)
  }

  /// The index of the first byte of the set at or after `start`, or `end` when none is.
  @inline(__always)
  func next(in input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    var index = start
    if let base = input.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= end {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let found = CSVByteSearch.zeroFlags(word ^ first) | CSVByteSearch.zeroFlags(word ^ second)
          | CSVByteSearch.zeroFlags(word ^ third) | CSVByteSearch.zeroFlags(word ^ fourth)
        if found != 0 { return index + found.trailingZeroBitCount >> 3 }
        index += 8
      }
    }

    while index < end {
      let byte = input[index]
      if byte == set.0 || byte == set.1 || byte == set.2 || byte == set.3 { return index }
      index += 1
    }
    return end
  }

  /// Sets the high bit of the lowest zero byte of `word` (and maybe of bytes above it).
  @inline(__always)
  private static func zeroFlags(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & highBits
  }
}
