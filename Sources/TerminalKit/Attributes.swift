/// Text attributes a terminal can show without colour.
public struct Attributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
  /// The bit pattern of the set.
  public let rawValue: UInt8

  /// Creates a set from its bit pattern.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Bold (often also brighter).
  public static let bold = Attributes(rawValue: 1 << 0)
  /// Foreground and background swapped.
  public static let reverse = Attributes(rawValue: 1 << 1)
  /// Underlined.
  public static let underline = Attributes(rawValue: 1 << 2)
  /// Dim (half bright).
  public static let dim = Attributes(rawValue: 1 << 3)

  /// Each attribute with the name theme files use, in a fixed order.
  public static let named: [(name: String, attribute: Attributes)] = [
    ("bold", .bold), ("reverse", .reverse), ("underline", .underline), ("dim", .dim),
  ]

  /// The names of the attributes in the set, in the order of `named`.
  public var names: [String] {
    Attributes.named.filter { contains($0.attribute) }.map(\.name)
  }

  /// The names in brackets, e.g. `[bold, underline]`.
  public var description: String { "[\(names.joined(separator: ", "))]" }
}
