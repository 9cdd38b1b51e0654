/// One line of a JSON Lines file: a flat object whose values are trimmed text.
///
/// Strings are trimmed of spaces, tabs and line breaks; numbers keep their written text
/// ("1.50"); booleans read "true" or "false"; nested arrays and objects keep their JSON
/// text. `null` and values that are empty after trimming are missing (nil).
public struct JSONLinesRecord: Sendable, Equatable {
  /// The 1-based line number.
  public let line: Int

  /// The object's keys, in the order written.
  public let keys: [String]

  /// The values, parallel to `keys`; nil when missing.
  public let values: [String?]

  /// Creates a record.
  public init(line: Int, keys: [String], values: [String?]) {
    self.line = line
    self.keys = keys
    self.values = values
  }

  /// The value of `key`, or nil when the key is absent or its value missing.
  public func value(_ key: String) -> String? {
    guard let index = keys.firstIndex(of: key) else { return nil }

    return values[index]
  }

  /// True when the object has `key`, even with a missing value.
  public func contains(_ key: String) -> Bool {
    keys.contains(key)
  }
}
