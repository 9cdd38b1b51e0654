import Foundation

/// Reads one line of JSON Lines into a flat record, byte by byte.
///
/// Keys written like those of the previous line reuse its strings, so a file whose lines
/// share their keys allocates only the values.
struct JSONLinesScanner {
  private static let maximumDepth = 100
  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  private var text = UnsafeRawBufferPointer(start: nil, count: 0)
  private var index = 0
  private var line = 0
  private var decoded: [UInt8] = []
  private var previousKeys: [String] = []
  private var previousKeyBytes: [[UInt8]] = []

  /// The record on a line, or nil when the line is blank.
  mutating func read(
    _ bytes: UnsafeRawBufferPointer, line: Int
  ) throws(JSONLinesError) -> JSONLinesRecord? {
    text = bytes
    index = 0
    self.line = line
    skipSpace()
    guard let first = peek else { return nil }
    guard first == UInt8(ascii: "{") else { throw notAnObject(startingWith: first) }

    index += 1
    var keys: [String] = []
    var values: [String?] = []
    keys.reserveCapacity(previousKeys.count)
    values.reserveCapacity(previousKeys.count)
    skipSpace()
    if !skip(UInt8(ascii: "}")) {
      try readMembers(&keys, &values)
    }
    skipSpace()
    guard index == text.count else { throw failure("unexpected text after the object") }

    if keys != previousKeys {
      previousKeys = keys
      previousKeyBytes = keys.map { Array($0.utf8) }
    }
    return JSONLinesRecord(line: line, keys: keys, values: values)
  }

  /// Reads `"key": value` pairs up to and including the closing brace.
  private mutating func readMembers(
    _ keys: inout [String], _ values: inout [String?]
  ) throws(JSONLinesError) {
    while true {
      guard peek == JSONLinesScanner.quote else {
        throw failure("expected a key in double quotes")
      }
      let key = try readKey(position: keys.count)
      guard !keys.contains(key) else { throw .duplicateKey(line: line, key: key) }

      skipSpace()
      guard skip(UInt8(ascii: ":")) else { throw failure("expected \":\" after the key") }
      skipSpace()
      values.append(try readValue())
      keys.append(key)

      skipSpace()
      if skip(UInt8(ascii: "}")) { return }
      guard skip(UInt8(ascii: ",")) else {
        throw failure("expected \",\" or \"}\" after a value")
      }
      skipSpace()
    }
  }

  /// Reads a key, reusing the previous line's string when the bytes match.
  private mutating func readKey(position: Int) throws(JSONLinesError) -> String {
    let start = index + 1
    let (end, hasEscapes) = try findStringEnd()
    if !hasEscapes, position < previousKeys.count,
      sameBytes(previousKeyBytes[position], start: start, end: end)
    {
      return previousKeys[position]
    }
    return try decodeString(start: start, end: end, hasEscapes: hasEscapes)
  }

  /// True when the line's bytes from `start` to `end` equal `known`.
  private func sameBytes(_ known: [UInt8], start: Int, end: Int) -> Bool {
    guard known.count == end - start else { return false }

    let line = UnsafeRawBufferPointer(rebasing: text[start..<end])
    return known.withUnsafeBytes { known in
      guard let left = known.baseAddress, let right = line.baseAddress else { return true }
      return memcmp(left, right, known.count) == 0
    }
  }

  /// Reads a value flattened to trimmed text; nil for null and blank strings.
  private mutating func readValue() throws(JSONLinesError) -> String? {
    guard let first = peek else { throw failure("expected a value") }

    switch first {
    case JSONLinesScanner.quote:
      return try readTrimmedString()
    case UInt8(ascii: "t"):
      try readLiteral("true")
      return "true"
    case UInt8(ascii: "f"):
      try readLiteral("false")
      return "false"
    case UInt8(ascii: "n"):
      try readLiteral("null")
      return nil
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = index
      try skipNumber()
      return String(decoding: UnsafeRawBufferPointer(rebasing: text[start..<index]), as: UTF8.self)
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      let start = index
      try skipValue(depth: 0)
      return try validated(UnsafeRawBufferPointer(rebasing: text[start..<index]))
    default:
      throw failure("expected a value (a string, number, true, false, null, array or object)")
    }
  }

  /// Skips any JSON value, checking its syntax, without keeping it.
  private mutating func skipValue(depth: Int) throws(JSONLinesError) {
    guard depth < JSONLinesScanner.maximumDepth else {
      throw failure("arrays and objects are nested more than 100 levels deep")
    }

    switch peek {
    case UInt8(ascii: "{"):
      try skipContainer(closing: UInt8(ascii: "}"), depth: depth, keyed: true)
    case UInt8(ascii: "["):
      try skipContainer(closing: UInt8(ascii: "]"), depth: depth, keyed: false)
    default:
      _ = try readValue()
    }
  }

  /// Skips an object or array whose opening bracket is next.
  private mutating func skipContainer(
    closing: UInt8, depth: Int, keyed: Bool
  ) throws(JSONLinesError) {
    index += 1
    skipSpace()
    if skip(closing) { return }

    while true {
      if keyed {
        guard peek == JSONLinesScanner.quote else {
          throw failure("expected a key in double quotes")
        }
        _ = try readString()
        skipSpace()
        guard skip(UInt8(ascii: ":")) else { throw failure("expected \":\" after the key") }
        skipSpace()
      }
      try skipValue(depth: depth + 1)
      skipSpace()
      if skip(closing) { return }
      guard skip(UInt8(ascii: ",")) else {
        let bracket = String(decoding: [closing], as: UTF8.self)
        throw failure("expected \",\" or \"\(bracket)\"")
      }
      skipSpace()
    }
  }

  /// Reads a string whose opening quote is next, trimmed; nil when nothing is left.
  private mutating func readTrimmedString() throws(JSONLinesError) -> String? {
    let start = index + 1
    let (end, hasEscapes) = try findStringEnd()
    if !hasEscapes {
      let content = ValueText.trimmed(UnsafeRawBufferPointer(rebasing: text[start..<end]))
      return content.isEmpty ? nil : try validated(content)
    }

    let string = try decodeString(start: start, end: end, hasEscapes: true)
    return ValueText.trimmed(string)
  }

  /// Reads a string whose opening quote is next.
  private mutating func readString() throws(JSONLinesError) -> String {
    let start = index + 1
    let (end, hasEscapes) = try findStringEnd()
    return try decodeString(start: start, end: end, hasEscapes: hasEscapes)
  }

  /// Moves past a string whose opening quote is next; returns where its content ends.
  private mutating func findStringEnd() throws(JSONLinesError) -> (end: Int, escapes: Bool) {
    let opening = index
    index += 1
    var hasEscapes = false
    while index < text.count {
      let byte = text[index]
      if byte == JSONLinesScanner.quote {
        index += 1
        return (index - 1, hasEscapes)
      }
      if byte == JSONLinesScanner.backslash {
        hasEscapes = true
        index += 2
        continue
      }
      if byte < 0x20 {
        throw failure("a control character appears inside a string; write it as an escape")
      }
      index += 1
    }
    throw failure("a string is not closed; add the closing double quote", at: opening)
  }

  /// Turns a string's content into text, resolving escapes.
  private mutating func decodeString(
    start: Int, end: Int, hasEscapes: Bool
  ) throws(JSONLinesError) -> String {
    guard hasEscapes else {
      return try validated(UnsafeRawBufferPointer(rebasing: text[start..<end]))
    }

    decoded.removeAll(keepingCapacity: true)
    var position = start
    while position < end {
      let byte = text[position]
      if byte != JSONLinesScanner.backslash {
        decoded.append(byte)
        position += 1
        continue
      }
      position = try decodeEscape(at: position)
    }
    guard let string = String(validating: decoded, as: UTF8.self) else {
      throw .invalidUTF8(line: line)
    }
    return string
  }

  /// Appends the character of the escape at `position` to `decoded`; returns what follows.
  private mutating func decodeEscape(at position: Int) throws(JSONLinesError) -> Int {
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]
    let letter = text[position + 1]
    if let byte = simple[letter] {
      decoded.append(byte)
      return position + 2
    }
    guard letter == UInt8(ascii: "u"), var scalar = hexQuad(at: position + 2) else {
      throw failure("invalid escape in a string", at: position)
    }

    var next = position + 6
    if (0xD800...0xDBFF).contains(scalar) {
      guard next + 1 < text.count, text[next] == JSONLinesScanner.backslash,
        text[next + 1] == UInt8(ascii: "u"), let low = hexQuad(at: next + 2),
        (0xDC00...0xDFFF).contains(low)
      else { throw failure("a \\u escape holds half of a surrogate pair", at: position) }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      next += 6
    }
    guard let character = Unicode.Scalar(scalar) else {
      throw failure("a \\u escape holds half of a surrogate pair", at: position)
    }
    UTF8.encode(character) { decoded.append($0) }
    return next
  }

  /// The value of four hex digits at `position`, or nil.
  private func hexQuad(at position: Int) -> UInt32? {
    guard position + 4 <= text.count else { return nil }

    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = text[position + offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Skips a number, checking the JSON grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
  private mutating func skipNumber() throws(JSONLinesError) {
    let start = index
    _ = skip(UInt8(ascii: "-"))
    if !skip(UInt8(ascii: "0")) {
      guard skipDigits() > 0 else { throw failure("invalid number", at: start) }
    }
    if skip(UInt8(ascii: ".")), skipDigits() == 0 {
      throw failure("invalid number", at: start)
    }
    if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
      if !skip(UInt8(ascii: "+")) { _ = skip(UInt8(ascii: "-")) }
      guard skipDigits() > 0 else { throw failure("invalid number", at: start) }
    }
  }

  /// Skips digits; returns how many.
  private mutating func skipDigits() -> Int {
    let start = index
    while let byte = peek, byte &- UInt8(ascii: "0") < 10 { index += 1 }
    return index - start
  }

  /// Reads `true`, `false` or `null` exactly.
  private mutating func readLiteral(_ word: String) throws(JSONLinesError) {
    for byte in word.utf8 {
      guard skip(byte) else { throw failure("expected a value") }
    }
  }

  /// The next byte, or nil at the end of the line.
  private var peek: UInt8? { index < text.count ? text[index] : nil }

  /// Consumes `byte` when it is next.
  private mutating func skip(_ byte: UInt8) -> Bool {
    guard index < text.count, text[index] == byte else { return false }

    index += 1
    return true
  }

  /// Skips JSON white space (a line holds no line feed).
  private mutating func skipSpace() {
    while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D { index += 1 }
  }

  /// Text from UTF-8 bytes, or the line's encoding error.
  private func validated(_ bytes: UnsafeRawBufferPointer) throws(JSONLinesError) -> String {
    guard let string = ValueText.string(validating: bytes) else {
      throw .invalidUTF8(line: line)
    }
    return string
  }

  /// Names what a line starting with `byte` holds instead of an object.
  private func notAnObject(startingWith byte: UInt8) -> JSONLinesError {
    switch byte {
    case UInt8(ascii: "["): return .notAnObject(line: line, found: "an array")
    case JSONLinesScanner.quote: return .notAnObject(line: line, found: "a string")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .notAnObject(line: line, found: "a number")
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .notAnObject(line: line, found: "a boolean")
    case UInt8(ascii: "n"): return .notAnObject(line: line, found: "null")
    default: return failure("expected a JSON object starting with \"{\"")
    }
  }

  /// A syntax error at `position` (default: the current byte), with a character column.
  private func failure(_ reason: String, at position: Int? = nil) -> JSONLinesError {
    let stop = min(position ?? index, text.count)
    let column = text[0..<stop].reduce(1) { count, byte in
      byte & 0xC0 == 0x80 ? count : count + 1
    }
    return .invalidJSON(line: line, column: column, reason: reason)
  }
}
