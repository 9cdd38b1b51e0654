/// A key and what it does, as shown in the footer: `q quit`.
public struct KeyHint: Hashable, Sendable {
  /// The key as shown, e.g. `"q"`, `"↑↓"`, `"ctrl-s"`.
  public var key: String

  /// What the key does, e.g. `"quit"`.
  public var label: String

  /// Creates a hint.
  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }

  /// The hint as spans: the key in the key-hint role, a space, the label.
  var spans: [TextSpan] {
    [TextSpan(key, role: .keyHint), TextSpan(" " + label, role: .keyLabel)]
  }
}
