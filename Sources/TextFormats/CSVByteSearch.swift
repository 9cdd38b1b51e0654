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

  /// How many bytes in `start..<end` equal `first`, and how many equal `second`.
  static func count(
    _ first: UInt8, _ second: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int,
    to end: Int
  ) -> (first: Int, second: Int) {
    var counts = (first: 0, second: 0)
    var index = start
    if let base = input.baseAddress {
      let raw = UnsafeRawPointer(base)
      let firstPattern = UInt64(first) &* ones
      let secondPattern = UInt64(second) &* ones
      while index + 8 <= end {
        var firstLanes: UInt64 = 0
        var secondLanes: UInt64 = 0
        var rounds = 0
        while rounds < 255, index + 8 <= end {
          let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          firstLanes &+= exactZeroFlags(word ^ firstPattern) >> 7
          secondLanes &+= exactZeroFlags(word ^ secondPattern) >> 7
          index += 8
          rounds += 1
        }
        counts.first += laneSum(firstLanes)
        counts.second += laneSum(secondLanes)
      }
    }

    while index < end {
      if input[index] == first { counts.first += 1 }
      if input[index] == second { counts.second += 1 }
      index += 1
    }
    return counts
  }

  /// The sum of the eight byte lanes of `lanes`.
  @inline(__always)
  private static func laneSum(_ lanes: UInt64) -> Int {
    let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
    return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
  }

  /// Sets the high bit of exactly the zero bytes of `word`.
  @inline(__always)
  private static func exactZeroFlags(_ word: UInt64) -> UInt64 {
    let low = ~highBits
    return ~(((word & low) &+ low) | word | low)
  }
}
