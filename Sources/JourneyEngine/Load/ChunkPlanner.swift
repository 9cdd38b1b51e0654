/// Splits CSV bytes into pieces that can be parsed on separate threads: every piece starts at
/// the beginning of a record (never inside a quoted field, found by counting quotes), and
/// knows how many line breaks come before it, so that rows keep their file line numbers.
enum ChunkPlanner {
  /// One piece: a byte range and the number of line breaks before it.
  struct Chunk: Sendable, Equatable {
    /// The bytes of the piece.
    var range: Range<Int>
    /// Line breaks before `range.lowerBound`.
    var linesBefore: Int
  }

  /// Inputs smaller than this per piece are not split further.
  static let minimumChunkBytes = 1 << 20

  /// Splits `bytes[start...]` into at most `parts` pieces; `start` must begin a record.
  static func split(
    _ bytes: UnsafeRawBufferPointer, from start: Int, parts: Int,
    minimumBytes: Int = minimumChunkBytes
  ) -> [Chunk] {
    let length = bytes.count - start
    let parts = max(1, min(parts, length / max(1, minimumBytes)))
    let linesAtStart = count(bytes, 0..<start).lines
    guard parts > 1 else {
      return [Chunk(range: start..<bytes.count, linesBefore: linesAtStart)]
    }

    let nominal = (0...parts).map { start + length * $0 / parts }
    let shared = SharedBytes(bytes: bytes)
    let counts = Parallel.map(parts) { part in
      count(shared.bytes, nominal[part]..<nominal[part + 1])
    }
    var cuts = [start]
    var quotes = 0
    for part in 1..<parts {
      quotes += counts[part - 1].quotes
      guard let cut = recordStart(bytes, from: nominal[part], quotesBefore: quotes),
        let last = cuts.last, cut > last, cut < bytes.count
      else { continue }
      cuts.append(cut)
    }

    var chunks: [Chunk] = []
    for (index, cut) in cuts.enumerated() {
      let end = index + 1 < cuts.count ? cuts[index + 1] : bytes.count
      var lines = linesAtStart
      var part = 0
      while part < parts, nominal[part + 1] <= cut {
        lines += counts[part].lines
        part += 1
      }
      lines += count(bytes, nominal[part]..<cut).lines
      chunks.append(Chunk(range: cut..<end, linesBefore: lines))
    }
    return chunks
  }

  /// The offset just after the first line break at or after `offset` that lies outside
  /// quotes, given the number of quotes between the first record and `offset`; nil if none.
  private static func recordStart(
    _ bytes: UnsafeRawBufferPointer, from offset: Int, quotesBefore: Int
  ) -> Int? {
    var inQuotes = quotesBefore % 2 == 1
    var index = offset
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
      } else if byte == 0x0A, !inQuotes {
        return index + 1
      }
      index += 1
    }
    return nil
  }

  /// Counts line feeds and double quotes in `range`, eight bytes at a time.
  static func count(
    _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>
  ) -> (lines: Int, quotes: Int) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let newline = ones &* 0x0A
    let quote = ones &* 0x22
    var lines = 0
    var quotes = 0
    var index = range.lowerBound
    while index + 8 <= range.upperBound {
      let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      lines += zeroBytes(word ^ newline)
      quotes += zeroBytes(word ^ quote)
      index += 8
    }
    while index < range.upperBound {
      if bytes[index] == 0x0A { lines += 1 }
      if bytes[index] == 0x22 { quotes += 1 }
      index += 1
    }
    return (lines, quotes)
  }

  /// How many bytes of `word` are zero (exact: no carries between bytes).
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> Int {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let flags = ~(((word & low7) &+ low7) | word | low7)
    return flags.nonzeroBitCount
  }
}
