/// Reads JSON text into `JSONNode`s that keep key order and source positions.
///
/// Strict RFC 8259: no comments, no trailing commas, no duplicate keys; nesting is limited so
/// that hostile input cannot exhaust the stack.
public struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0

  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 200

  /// Parses a complete JSON text.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8))
  }

  /// Parses a complete JSON text given as UTF-8 bytes.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.index = 3
      parser.lineStart = 3
    }
    parser.skipWhitespace()
    let node = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw parser.error("unexpected text after the end of the JSON value")
    }
    return node
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private var position: TextPosition {
    var column = 1
    var i = lineStart
    while i < index {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return TextPosition(line: line, column: column)
  }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(at: position, message)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current {
      switch byte {
      case 0x20, 0x09, 0x0D:
        index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default:
        return
      }
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    let start = position
    guard let byte = current else { throw error("expected a value, found the end of the file") }

    switch byte {
    case UInt8(ascii: "{"): return JSONNode(try parseObject(), at: start)
    case UInt8(ascii: "["): return JSONNode(try parseArray(), at: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
    case UInt8(ascii: "t"): try parseWord("true"); return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"): try parseWord("false"); return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"): try parseWord("null"); return JSONNode(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try parseNumber()), at: start)
    default:
      throw error("expected a value (object, array, string, number, true, false or null), "
        + "found \(describe(byte))")
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("nesting deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var members: [JSONMember] = []
    var seen = Set<String>()
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }

    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else {
        throw error("expected a key in double quotes, found \(describeCurrent())")
      }
      let keyPosition = position
      let key = try parseString()
      guard seen.insert(key).inserted else {
        throw JSONSyntaxError(at: keyPosition, "duplicate key \"\(key)\"")
      }
      skipWhitespace()
      guard current == UInt8(ascii: ":") else {
        throw error("expected ':' after the key \"\(key)\", found \(describeCurrent())")
      }
      index += 1
      skipWhitespace()
      members.append(JSONMember(key, try parseValue()))
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if current == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return .object(members)
      }
      throw error("expected ',' or '}' after an object member, found \(describeCurrent())")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var items: [JSONNode] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(items)
    }

    while true {
      skipWhitespace()
      items.append(try parseValue())
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if current == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return .array(items)
      }
      throw error("expected ',' or ']' after an array item, found \(describeCurrent())")
    }
  }

  private mutating func parseWord(_ word: String) throws(JSONSyntaxError) {
    for expected in word.utf8 {
      guard current == expected else {
        throw error("expected '\(word)', found \(describeCurrent())")
      }
      index += 1
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    guard let first = current, isDigit(first) else {
      throw error("expected a digit, found \(describeCurrent())")
    }
    index += 1
    if first != UInt8(ascii: "0") {
      while let byte = current, isDigit(byte) { index += 1 }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      try requireDigits()
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      try requireDigits()
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func requireDigits() throws(JSONSyntaxError) {
    guard let byte = current, isDigit(byte) else {
      throw error("expected a digit, found \(describeCurrent())")
    }
    while let byte = current, isDigit(byte) { index += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    var scalars = String.UnicodeScalarView()
    var runStart = index

    while true {
      guard let byte = current else {
        throw error("unterminated string: add the closing '\"'")
      }
      if byte == UInt8(ascii: "\"") {
        try appendRun(from: runStart, to: &scalars)
        index += 1
        return String(scalars)
      }
      if byte < 0x20 {
        throw error("control character in a string: write it as an escape such as \\n")
      }
      if byte == UInt8(ascii: "\\") {
        try appendRun(from: runStart, to: &scalars)
        index += 1
        scalars.append(try parseEscape())
        runStart = index
        continue
      }
      index += 1
    }
  }

  private func appendRun(
    from start: Int, to scalars: inout String.UnicodeScalarView
  ) throws(JSONSyntaxError) {
    guard start < index else { return }
    let run = bytes[start..<index]
    guard let text = String(validating: run, as: UTF8.self) else {
      throw error("the file is not valid UTF-8: save it as UTF-8")
    }
    scalars.append(contentsOf: text.unicodeScalars)
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard let byte = current else { throw error("unterminated escape at the end of the file") }
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"): return try parseUnicodeEscape()
    default:
      index -= 1
      let shown = byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "?"
      throw error("unknown escape '\\\(shown)' in a string: use \\\\ for a backslash")
    }
  }

  private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let high = try parseHex4()
    if (0xD800...0xDBFF).contains(high) {
      guard current == UInt8(ascii: "\\"), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw error("a high surrogate \\u escape must be followed by a low surrogate") }
      index += 2
      let low = try parseHex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw error("a high surrogate \\u escape must be followed by a low surrogate")
      }
      let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      if let scalar = Unicode.Scalar(value) { return scalar }
    } else if let scalar = Unicode.Scalar(high) {
      return scalar
    }
    throw error("\\u escape does not name a Unicode character")
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = hexValue(byte) else {
        throw error("expected four hexadecimal digits after \\u")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private func describeCurrent() -> String {
    guard let byte = current else { return "the end of the file" }
    return describe(byte)
  }

  private func describe(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte == 0x0A { return "a line break" }
    if byte == 0x20 { return "a space" }
    if byte >= 0x80 {
      let end = bytes[index...].prefix(4).firstIndex { $0 < 0x80 } ?? min(index + 4, bytes.count)
      if let text = String(validating: bytes[index..<end], as: UTF8.self), let first = text.first {
        return "'\(first)'"
      }
    }
    return "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }
}
