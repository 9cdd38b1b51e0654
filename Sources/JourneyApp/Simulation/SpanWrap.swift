import TerminalKit

/// Wraps a line of styled spans at spaces to a width, continuation lines indented.
enum SpanWrap {
  /// `line` cut into lines of at most `width` columns, breaking after spaces where it can;
  /// continuation lines start with `indent` spaces.
  static func wrap(_ line: [TextSpan], width: Int, indent: Int = 4) -> [[TextSpan]] {
    guard width > indent + 8, line.width > width else { return [line] }
    var lines: [[TextSpan]] = []
    var current: [TextSpan] = []
    var used = 0
    for span in line {
      for word in words(span.text) {
        let wordWidth = TextWidth.width(of: word)
        if used + wordWidth > width, used > indent {
          lines.append(current)
          current = [TextSpan(String(repeating: " ", count: indent))]
          used = indent
        }
        let piece = TextWidth.truncate(word, to: width - used)
        current.append(TextSpan(piece, role: span.role, attributes: span.attributes))
        used += TextWidth.width(of: piece)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// The text cut after each space, the spaces kept.
  private static func words(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for character in text {
      word.append(character)
      if character == " " {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }
}
