/// Display widths of text in terminal columns, from our own Unicode table.
///
/// Combining marks and other zero-width characters take 0 columns, East Asian wide and
/// fullwidth characters and emoji take 2, control characters 0, everything else 1. The table
/// is built in, so widths (and snapshot tests) do not change with the user's locale.
public enum TextWidth {
  /// How text is placed when it is padded to a width.
  public enum Alignment: Sendable {
    /// Text first, spaces after.
    case left
    /// Spaces first, text after.
    case right
    /// Spaces split around the text; the odd one goes after it.
    case center
  }

  /// The columns one Unicode scalar takes: 0, 1 or 2.
  public static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) {
      return 0
    }
    if value < 0x300 {
      return 1
    }
    if contains(value, in: TextWidthTable.zeroWidth) {
      return 0
    }
    return contains(value, in: TextWidthTable.doubleWidth) ? 2 : 1
  }

  /// The columns one grapheme takes: the width of its first scalar.
  ///
  /// Marks and joiners that follow the first scalar combine with it, which is also how
  /// curses places a multi-scalar character in a single cell.
  public static func width(of character: Character) -> Int {
    guard let first = character.unicodeScalars.first else {
      return 0
    }
    return width(of: first)
  }

  /// The columns a string takes.
  public static func width(of text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + width(of: $1) }
  }

  /// Shortens `text` to at most `columns`, ending with `ellipsis` when something was cut.
  ///
  /// A wide character that would straddle the limit is dropped, so the result can be one
  /// column narrower than asked; spaces before the ellipsis are dropped too. When even the
  /// ellipsis does not fit, the text is cut bare.
  public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
    guard width(of: text) > columns else {
      return text
    }

    let ellipsisWidth = width(of: ellipsis)
    guard columns >= ellipsisWidth, ellipsisWidth > 0 else {
      return prefix(text, columns: columns)
    }
    var kept = prefix(text, columns: columns - ellipsisWidth)
    while kept.last == " " {
      kept.removeLast()
    }
    return kept + ellipsis
  }

  /// Makes `text` exactly `columns` wide: cut if longer (without an ellipsis), else padded.
  ///
  /// A wide character that would be cut in half is replaced by a space.
  public static func pad(
    _ text: String, to columns: Int, alignment: Alignment = .left
  ) -> String {
    let fitted = prefix(text, columns: columns)
    let gap = max(columns, 0) - width(of: fitted)
    switch alignment {
    case .left:
      return fitted + spaces(gap)
    case .right:
      return spaces(gap) + fitted
    case .center:
      return spaces(gap / 2) + fitted + spaces(gap - gap / 2)
    }
  }

  /// Truncates with an ellipsis and then pads, so the result is exactly `columns` wide.
  public static func fit(
    _ text: String, to columns: Int, alignment: Alignment = .left, ellipsis: String = "…"
  ) -> String {
    pad(truncate(text, to: columns, ellipsis: ellipsis), to: columns, alignment: alignment)
  }

  /// The longest leading part of `text` that fits in `columns`.
  public static func prefix(_ text: String, columns: Int) -> String {
    var result = ""
    var used = 0
    for character in text {
      let next = width(of: character)
      if used + next > columns {
        break
      }
      result.append(character)
      used += next
    }
    return result
  }

  /// Breaks `text` into lines of at most `columns`, at spaces where possible.
  ///
  /// Words longer than a line are cut; existing newlines start new lines; runs of spaces at
  /// a break are dropped. An empty text gives one empty line.
  public static func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0 else {
      return []
    }
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      wrapLine(String($0), to: columns)
    }
  }

  private static func wrapLine(_ line: String, to columns: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in line.split(separator: " ") {
      var word = String(word)
      let joined = current.isEmpty ? word : current + " " + word
      if width(of: joined) <= columns {
        current = joined
        continue
      }
      if !current.isEmpty {
        lines.append(current)
      }
      while width(of: word) > columns {
        let head = prefix(word, columns: max(columns, 1))
        guard !head.isEmpty else {
          break
        }
        lines.append(head)
        word.removeFirst(head.count)
      }
      current = word
    }
    lines.append(current)
    return lines
  }

  private static func spaces(_ count: Int) -> String {
    String(repeating: " ", count: max(count, 0))
  }

  private static func contains(_ value: UInt32, in ranges: [UInt32]) -> Bool {
    var low = 0
    var high = ranges.count / 2 - 1
    while low <= high {
      let middle = (low + high) / 2
      if value < ranges[middle * 2] {
        high = middle - 1
      } else if value > ranges[middle * 2 + 1] {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
