/// The rules for a value read from a data file or typed in a journey.
///
/// Spaces, tabs, carriage returns and line feeds around a value are removed; a value that
/// is then empty is missing. A bool is true/false, yes/no or 1/0 in any case.
public enum ValueText {
  /// True for the bytes trimmed around values: space, tab, CR and LF.
  @inline(__always)
  public static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The bytes without the blanks around them.
  public static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    var start = 0
    var end = bytes.count
    while start < end, isBlank(bytes[start]) { start += 1 }
    while end > start, isBlank(bytes[end - 1]) { end -= 1 }
    return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
  }

  /// The text without the blanks around it, or nil when nothing is left (a missing value).
  public static func trimmed(_ text: String) -> String? {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlankScalar($0) }),
      let last = scalars.lastIndex(where: { !isBlankScalar($0) })
    else { return nil }

    return String(scalars[first...last])
  }

  /// True when the bytes hold nothing but blanks: the value is missing.
  public static func isMissing(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.allSatisfy(isBlank)
  }

  /// Reads true/false, yes/no or 1/0 in any case, blanks around allowed; else nil.
  public static func bool(_ bytes: UnsafeRawBufferPointer) -> Bool? {
    let text = trimmed(bytes)
    switch text.count {
    case 1:
      if text[0] == UInt8(ascii: "1") { return true }
      if text[0] == UInt8(ascii: "0") { return false }
      return nil
    case 2: return matches(text, "no") ? false : nil
    case 3: return matches(text, "yes") ? true : nil
    case 4: return matches(text, "true") ? true : nil
    case 5: return matches(text, "false") ? false : nil
    default: return nil
    }
  }

  /// Reads true/false, yes/no or 1/0 in any case, blanks around allowed; else nil.
  public static func bool(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { bool(UnsafeRawBufferPointer($0)) }
  }

  /// Reads a decimal such as "-12.5" or "1e3", blanks around allowed; else nil.
  public static func decimal(_ bytes: UnsafeRawBufferPointer) -> Double? {
    DecimalParser.parse(bytes)
  }

  /// Reads a decimal such as "-12.5" or "1e3", blanks around allowed; else nil.
  public static func decimal(_ text: String) -> Double? {
    DecimalParser.parse(text)
  }

  /// Text from UTF-8 bytes, or nil when they are not valid UTF-8.
  ///
  /// ASCII, the common case in data files, skips the standard library's generic validation.
  public static func string(validating bytes: UnsafeRawBufferPointer) -> String? {
    var index = 0
    if let base = bytes.baseAddress {
      while index + 8 <= bytes.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
    }
    while index < bytes.count, bytes[index] < 0x80 { index += 1 }

    if index == bytes.count { return String(decoding: bytes, as: UTF8.self) }
    return String(validating: bytes, as: UTF8.self)
  }

  /// Compares letters ignoring ASCII case; `word` must be lowercase ASCII.
  private static func matches(_ text: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
    let expected = UnsafeRawBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard text.count == expected.count else { return false }

    for index in 0..<text.count where text[index] | 0x20 != expected[index] {
      return false
    }
    return true
  }

  /// The scalar form of `isBlank`.
  private static func isBlankScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 && isBlank(UInt8(scalar.value))
  }
}
