import TextFormats

/// Reads back the activation objects kept in the outbox and in delivered files.
enum PayloadFields {
  /// The values of a JSON object's members, in order, as text (strings unquoted, other
  /// values as written); empty when the text is not a JSON object.
  static func values(of json: String) -> [String] {
    guard let node = try? JSONParser.parse(json), case .object(let members) = node.value else {
      return []
    }
    return members.map { member in
      switch member.node.value {
      case .string(let text): return text
      case .number(let text): return text
      case .bool(let flag): return flag ? "true" : "false"
      default: return ""
      }
    }
  }

  /// The `id` member of a JSON object, or nil when the text has none.
  static func id(of json: String) -> String? {
    guard let node = try? JSONParser.parse(json), case .object(let members) = node.value,
      let member = members.first(where: { $0.key == "id" }),
      case .string(let id) = member.node.value
    else { return nil }
    return id
  }
}
