/// A place in a text file: 1-based line and column (columns count Unicode scalars).
public struct TextPosition: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column number.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, as compilers print it.
  public var description: String { "\(line):\(column)" }
}

/// A JSON value that remembers where it was read, so later checks can point at it.
public struct JSONNode: Equatable, Sendable {
  /// The value itself.
  public var value: JSONValue
  /// Where the value starts in its file; nil for values built in memory.
  public var position: TextPosition?

  /// Creates a node.
  public init(_ value: JSONValue, at position: TextPosition? = nil) {
    self.value = value
    self.position = position
  }
}

/// One member of a JSON object, in the order it was written.
public struct JSONMember: Equatable, Sendable {
  /// The member's key.
  public var key: String
  /// The member's value.
  public var node: JSONNode

  /// Creates a member.
  public init(_ key: String, _ node: JSONNode) {
    self.key = key
    self.node = node
  }
}

/// A JSON value whose objects keep their key order, so files round-trip byte for byte.
public indirect enum JSONValue: Equatable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, kept as written so integers and decimals print back unchanged.
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONNode])
  /// An object with its members in file order.
  case object([JSONMember])

  /// A short name of the kind of value, for messages ("a string", "an object").
  public var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// Builds a number value from an integer.
  public static func int(_ value: Int) -> JSONValue { .number(String(value)) }
}
