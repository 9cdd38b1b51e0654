/// Reads the digits and punctuation of a timestamp from trimmed bytes, left to right.
struct TimestampCursor {
  private let bytes: UnsafeRawBufferPointer
  private(set) var index = 0

  /// Starts at the first byte.
  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  /// True when every byte has been read.
  var isAtEnd: Bool { index == bytes.count }

  /// The next byte without consuming it, or nil at the end.
  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// Consumes `byte` when it comes next; returns whether it did.
  mutating func skip(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }

    index += 1
    return true
  }

  /// Reads exactly `count` digits as a number.
  mutating func digits(_ count: Int) -> Int? {
    digits(atLeast: count, atMost: count)
  }

  /// Reads between `atLeast` and `atMost` digits, as many as there are.
  mutating func digits(atLeast: Int, atMost: Int) -> Int? {
    var value = 0
    var read = 0
    while read < atMost, index < bytes.count {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { break }
      value = value * 10 + Int(digit)
      read += 1
      index += 1
    }
    return read >= atLeast ? value : nil
  }

  /// Skips a run of digits of any length; returns how many and whether all were zeros.
  mutating func skipDigits() -> (count: Int, allZeros: Bool) {
    let start = index
    var allZeros = true
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
      allZeros = allZeros && bytes[index] == UInt8(ascii: "0")
      index += 1
    }
    return (index - start, allZeros)
  }

  /// Skips a fraction of a second (`.` or `,` and digits) if one comes next; false when the
  /// separator is there without digits.
  mutating func skipFraction() -> Bool {
    guard let byte = peek, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") else {
      return true
    }
    index += 1
    return skipDigits().count > 0
  }
}
