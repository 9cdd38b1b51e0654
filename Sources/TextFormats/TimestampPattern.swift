/// A compiled timestamp pattern such as "DD/MM/YYYY HH:mm:ss".
///
/// Tokens: YYYY (or yyyy) four-digit year; MM month, DD (or dd) day, HH hour (0-23),
/// mm minute, ss second, each one or two digits; anything else must match literally.
/// A fraction after the seconds (".250") is ignored. The time read is a wall time.
struct TimestampPattern: Sendable, Hashable {
  /// One piece of a pattern.
  enum Token: Sendable, Hashable {
    /// A number: YYYY, MM, DD, HH, mm or ss.
    case year, month, day, hour, minute, second
    /// A byte that must appear as written.
    case literal(UInt8)
  }

  /// The pattern as written.
  let text: String

  /// The pieces, in order.
  let tokens: [Token]

  /// Compiles `text`, or explains why it is not a usable pattern.
  init(_ text: String) throws(TimestampFormatError) {
    let tokens = TimestampPattern.tokenize(Array(text.utf8))
    try TimestampPattern.check(tokens, pattern: text)
    self.text = text
    self.tokens = tokens
  }

  /// Reads the wall time in `bytes` as seconds since 1970-01-01T00:00 on the same clock.
  func wallSeconds(in bytes: UnsafeRawBufferPointer) -> Int64? {
    var cursor = TimestampCursor(bytes)
    var parts = (year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0)
    for (position, token) in tokens.enumerated() {
      switch token {
      case .literal(let byte):
        guard cursor.skip(byte) else { return nil }
      case .year:
        guard let value = cursor.digits(4) else { return nil }
        parts.year = value
      case .month, .day, .hour, .minute, .second:
        guard let value = cursor.digits(atLeast: 1, atMost: 2) else { return nil }
        switch token {
        case .month: parts.month = value
        case .day: parts.day = value
        case .hour: parts.hour = value
        case .minute: parts.minute = value
        default:
          parts.second = value
          let next = position + 1 < tokens.count ? tokens[position + 1] : nil
          if next != .literal(UInt8(ascii: ".")), next != .literal(UInt8(ascii: ",")),
            !cursor.skipFraction()
          {
            return nil
          }
        }
      }
    }
    guard cursor.isAtEnd else { return nil }

    return CivilDateTime(
      year: parts.year, month: parts.month, day: parts.day,
      hour: parts.hour, minute: parts.minute, second: parts.second
    )?.wallSeconds
  }

  /// Splits a pattern into tokens and literal bytes.
  private static func tokenize(_ bytes: [UInt8]) -> [Token] {
    let words: [(String, Token)] = [
      ("YYYY", .year), ("yyyy", .year), ("MM", .month), ("DD", .day), ("dd", .day),
      ("HH", .hour), ("mm", .minute), ("ss", .second),
    ]
    var tokens: [Token] = []
    var index = 0
    while index < bytes.count {
      let match = words.first { word, _ in
        let utf8 = Array(word.utf8)
        return bytes[index...].starts(with: utf8)
      }
      if let match {
        tokens.append(match.1)
        index += match.0.utf8.count
      } else {
        tokens.append(.literal(bytes[index]))
        index += 1
      }
    }
    return tokens
  }

  /// Checks that the date is complete, no token repeats and the time has no holes.
  private static func check(_ tokens: [Token], pattern: String) throws(TimestampFormatError) {
    let named: [(Token, String)] = [
      (.year, "YYYY"), (.month, "MM"), (.day, "DD"),
      (.hour, "HH"), (.minute, "mm"), (.second, "ss"),
    ]
    let counts = named.map { token, _ in tokens.filter { $0 == token }.count }
    guard counts.contains(where: { $0 > 0 }) else { throw .unknownFormat(pattern) }

    if let repeated = named.indices.first(where: { counts[$0] > 1 }) {
      throw .repeatedToken(pattern: pattern, token: named[repeated].1)
    }

    let missing = (0..<3).filter { counts[$0] == 0 }.map { named[$0].1 }
    guard missing.isEmpty else { throw .missingTokens(pattern: pattern, tokens: missing) }

    let hasHour = counts[3] > 0
    let hasMinute = counts[4] > 0
    if (hasMinute && !hasHour) || (counts[5] > 0 && !hasMinute) {
      throw .incompleteTime(pattern: pattern)
    }
  }
}
