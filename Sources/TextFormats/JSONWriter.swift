/// Writes `JSONValue`s as indented text with a fixed layout, so equal values give equal bytes.
///
/// Objects print one member per line in their stored order; arrays of numbers or strings that
/// fit on one line print inline, others one item per line; the text ends with a line break.
public enum JSONWriter {
  /// Columns an inline array may take before it is broken onto lines.
  public static let inlineLimit = 80

  /// The text of a value, two spaces an indentation level, ending with a line break.
  public static func text(of value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, into: &output)
    output.append("\n")
    return output
  }

  private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
    switch value {
    case .null: output.append("null")
    case .bool(let flag): output.append(flag ? "true" : "false")
    case .number(let text): output.append(text)
    case .string(let text): appendQuoted(text, into: &output)
    case .array(let items): writeArray(items, indent: indent, into: &output)
    case .object(let members): writeObject(members, indent: indent, into: &output)
    }
  }

  private static func writeArray(_ items: [JSONNode], indent: Int, into output: inout String) {
    if items.isEmpty {
      output.append("[]")
      return
    }
    if let inline = inlineText(of: items), inline.count + indent * 2 <= inlineLimit {
      output.append(inline)
      return
    }

    let pad = String(repeating: "  ", count: indent + 1)
    output.append("[\n")
    for (offset, item) in items.enumerated() {
      output.append(pad)
      write(item.value, indent: indent + 1, into: &output)
      output.append(offset == items.count - 1 ? "\n" : ",\n")
    }
    output.append(String(repeating: "  ", count: indent))
    output.append("]")
  }

  private static func inlineText(of items: [JSONNode]) -> String? {
    var parts: [String] = []
    for item in items {
      switch item.value {
      case .number(let text): parts.append(text)
      case .string(let text):
        var quoted = ""
        appendQuoted(text, into: &quoted)
        parts.append(quoted)
      case .bool(let flag): parts.append(flag ? "true" : "false")
      default: return nil
      }
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  private static func writeObject(
    _ members: [JSONMember], indent: Int, into output: inout String
  ) {
    if members.isEmpty {
      output.append("{}")
      return
    }

    let pad = String(repeating: "  ", count: indent + 1)
    output.append("{\n")
    for (offset, member) in members.enumerated() {
      output.append(pad)
      appendQuoted(member.key, into: &output)
      output.append(": ")
      write(member.node.value, indent: indent + 1, into: &output)
      output.append(offset == members.count - 1 ? "\n" : ",\n")
    }
    output.append(String(repeating: "  ", count: indent))
    output.append("}")
  }

  /// Appends `text` as a JSON string literal; non-ASCII characters are kept as UTF-8.
  public static func appendQuoted(_ text: String, into output: inout String) {
    output.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    output.append("\"")
  }
}
