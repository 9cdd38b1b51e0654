import TextFormats

/// Reads the members of one JSON object, turning every mismatch into a `FormatError` that
/// points at the offending value, and reporting keys nobody asked for.
struct ObjectReader {
  /// What the object is, for messages: "step \"wait-1\"", "the journey".
  var context: String
  private let members: [JSONMember]
  private let position: TextPosition?
  private var used: Set<String> = []

  /// Reads `node`, which must be an object.
  init(_ node: JSONNode, _ context: String) throws(FormatError) {
    guard case .object(let members) = node.value else {
      throw FormatError(at: node.position, "expected an object for \(context), "
        + "found \(node.value.kindName)")
    }
    self.context = context
    self.members = members
    self.position = node.position
  }

  /// Where the object starts.
  var start: TextPosition? { position }

  /// Whether the object has `key`.
  func has(_ key: String) -> Bool { members.contains { $0.key == key } }

  /// The raw node for `key`, marking the key as used.
  mutating func node(_ key: String) -> JSONNode? {
    used.insert(key)
    return members.first { $0.key == key }?.node
  }

  /// A required string.
  mutating func string(_ key: String) throws(FormatError) -> String {
    guard let node = node(key) else { throw missing(key, "a string") }
    return try Self.string(node, key, context)
  }

  /// An optional string; `null` counts as absent.
  mutating func optionalString(_ key: String) throws(FormatError) -> String? {
    guard let node = node(key), node.value != .null else { return nil }
    return try Self.string(node, key, context)
  }

  /// A required whole number.
  mutating func int(_ key: String) throws(FormatError) -> Int {
    guard let node = node(key) else { throw missing(key, "a whole number") }
    return try Self.int(node, key, context)
  }

  /// An optional whole number.
  mutating func optionalInt(_ key: String) throws(FormatError) -> Int? {
    guard let node = node(key), node.value != .null else { return nil }
    return try Self.int(node, key, context)
  }

  /// An optional boolean.
  mutating func optionalBool(_ key: String) throws(FormatError) -> Bool? {
    guard let node = node(key), node.value != .null else { return nil }
    guard case .bool(let flag) = node.value else {
      throw Self.mismatch(node, key, context, "true or false")
    }
    return flag
  }

  /// An optional array.
  mutating func optionalArray(_ key: String) throws(FormatError) -> [JSONNode]? {
    guard let node = node(key), node.value != .null else { return nil }
    guard case .array(let items) = node.value else {
      throw Self.mismatch(node, key, context, "an array")
    }
    return items
  }

  /// A required array.
  mutating func array(_ key: String) throws(FormatError) -> [JSONNode] {
    guard let items = try optionalArray(key) else { throw missing(key, "an array") }
    return items
  }

  /// An array of strings; numbers and booleans are accepted and kept as written.
  mutating func optionalStrings(_ key: String) throws(FormatError) -> [String]? {
    guard let items = try optionalArray(key) else { return nil }
    var result: [String] = []
    for item in items {
      result.append(try Self.scalarText(item, key, context))
    }
    return result
  }

  /// A string naming one of an enumeration's cases.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ key: String, default fallback: Value? = nil
  ) throws(FormatError) -> Value where Value.RawValue == String {
    guard let node = node(key), node.value != .null else {
      if let fallback { return fallback }
      throw missing(key, "one of " + Self.list(Value.allCases.map(\.rawValue)))
    }
    let text = try Self.string(node, key, context)
    guard let value = Value(rawValue: text) else {
      throw FormatError(at: node.position, "\"\(key)\" of \(context) is \"\(text)\": expected "
        + "one of " + Self.list(Value.allCases.map(\.rawValue)))
    }
    return value
  }

  /// Fails when the object has a key that was never read.
  func finish() throws(FormatError) {
    for member in members where !used.contains(member.key) {
      let expected = Self.list(used.sorted())
      throw FormatError(at: member.node.position, "unknown key \"\(member.key)\" in \(context)"
        + (used.isEmpty ? "" : ": expected \(expected)"))
    }
  }

  /// The error for a required key that is absent.
  func missing(_ key: String, _ what: String) -> FormatError {
    FormatError(at: position, "\(context) needs \"\(key)\" (\(what))")
  }

  static func string(
    _ node: JSONNode, _ key: String, _ context: String
  ) throws(FormatError) -> String {
    guard case .string(let text) = node.value else {
      throw mismatch(node, key, context, "a string")
    }
    return text
  }

  static func int(_ node: JSONNode, _ key: String, _ context: String) throws(FormatError) -> Int {
    guard case .number(let text) = node.value, let value = Int(text) else {
      throw mismatch(node, key, context, "a whole number")
    }
    return value
  }

  /// A string, number or boolean as text.
  static func scalarText(
    _ node: JSONNode, _ key: String, _ context: String
  ) throws(FormatError) -> String {
    switch node.value {
    case .string(let text), .number(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    default: throw mismatch(node, key, context, "a string, number or boolean")
    }
  }

  static func mismatch(
    _ node: JSONNode, _ key: String, _ context: String, _ expected: String
  ) -> FormatError {
    FormatError(at: node.position, "\"\(key)\" of \(context) must be \(expected), "
      + "found \(node.value.kindName)")
  }

  static func list(_ words: [String]) -> String {
    words.map { "\"\($0)\"" }.joined(separator: ", ")
  }
}
