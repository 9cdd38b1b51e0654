import TextFormats

/// Builds a JSON object member by member, in the order written, skipping absent values.
struct ObjectBuilder {
  private(set) var members: [JSONMember] = []

  /// Adds a string.
  mutating func add(_ key: String, _ text: String) {
    members.append(JSONMember(key, JSONNode(.string(text))))
  }

  /// Adds a string when present.
  mutating func add(_ key: String, _ text: String?) {
    if let text { add(key, text) }
  }

  /// Adds a whole number.
  mutating func add(_ key: String, _ value: Int) {
    members.append(JSONMember(key, JSONNode(.int(value))))
  }

  /// Adds a boolean.
  mutating func add(_ key: String, _ flag: Bool) {
    members.append(JSONMember(key, JSONNode(.bool(flag))))
  }

  /// Adds any value.
  mutating func add(_ key: String, _ value: JSONValue) {
    members.append(JSONMember(key, JSONNode(value)))
  }

  /// Adds an array of strings.
  mutating func add(_ key: String, strings: [String]) {
    add(key, .array(strings.map { JSONNode(.string($0)) }))
  }

  /// The object.
  var value: JSONValue { .object(members) }
}
