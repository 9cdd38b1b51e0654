/// Reads decimal numbers such as "-12.5", "1e3" or " 42 " from bytes without allocating.
///
/// The grammar: optional white space, an optional sign, digits with an optional decimal
/// point (at least one digit in all), an optional exponent (`e` or `E`, optional sign,
/// digits), optional white space. No thousands separators, no decimal comma, no `inf` or
/// `nan`. Results are correctly rounded doubles.
public enum DecimalParser {
  private static let exactPowers: [Double] = (0...22).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }

  /// The number in `bytes`, or nil when the text is not a decimal or overflows a double.
  public static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
    let text = ValueText.trimmed(bytes)
    guard let scan = DecimalScan(text) else { return nil }

    if scan.isExact, scan.mantissa <= 1 << 53, (-22...22).contains(scan.exponent) {
      let magnitude = Double(scan.mantissa)
      let value = scan.exponent >= 0
        ? magnitude * exactPowers[scan.exponent]
        : magnitude / exactPowers[-scan.exponent]
      return scan.isNegative ? -value : value
    }

    return slowParse(text)
  }

  /// The number in `text`, or nil when it is not a decimal or overflows a double.
  public static func parse(_ text: String) -> Double? {
    var text = text
    return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
  }

  /// Rounds text already known to be a valid decimal through the standard library.
  private static func slowParse(_ text: UnsafeRawBufferPointer) -> Double? {
    guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite
    else { return nil }

    return value
  }
}

/// One pass over decimal text: checks the grammar and gathers up to 19 significant digits.
struct DecimalScan {
  /// True for a leading minus sign.
  private(set) var isNegative = false

  /// The significant digits read, as an integer.
  private(set) var mantissa: UInt64 = 0

  /// The power of ten the mantissa is scaled by.
  private(set) var exponent = 0

  /// False when digits were dropped, so the fast path would round wrongly.
  private(set) var isExact = true

  /// Scans trimmed text, or returns nil when it is not a decimal.
  init?(_ text: UnsafeRawBufferPointer) {
    var index = 0
    let count = text.count
    if index < count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
      isNegative = text[index] == UInt8(ascii: "-")
      index += 1
    }

    let digitsBefore = readDigits(text, &index, scale: 0)
    var digitsAfter = 0
    if index < count, text[index] == UInt8(ascii: ".") {
      index += 1
      digitsAfter = readDigits(text, &index, scale: -1)
    }
    guard digitsBefore + digitsAfter > 0 else { return nil }

    if index < count, text[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      guard let power = DecimalScan.readExponent(text, &index) else { return nil }
      exponent += power
    }
    guard index == count else { return nil }
  }

  /// Reads a run of digits into the mantissa; `scale` is -1 after the decimal point.
  private mutating func readDigits(
    _ text: UnsafeRawBufferPointer, _ index: inout Int, scale: Int
  ) -> Int {
    let start = index
    while index < text.count, text[index] &- UInt8(ascii: "0") < 10 {
      let digit = UInt64(text[index] &- UInt8(ascii: "0"))
      if mantissa < 1_000_000_000_000_000_000 {
        mantissa = mantissa * 10 + digit
        exponent += scale
      } else {
        if digit != 0 { isExact = false }
        exponent += scale + 1
      }
      index += 1
    }
    return index - start
  }

  /// Reads the signed integer after `e`, capped so absurd exponents cannot overflow.
  private static func readExponent(_ text: UnsafeRawBufferPointer, _ index: inout Int) -> Int? {
    var negative = false
    if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
      negative = text[index] == UInt8(ascii: "-")
      index += 1
    }

    let start = index
    var value = 0
    while index < text.count, text[index] &- UInt8(ascii: "0") < 10 {
      value = min(value * 10 + Int(text[index] &- UInt8(ascii: "0")), 100_000)
      index += 1
    }
    guard index > start else { return nil }

    return negative ? -value : value
  }
}
