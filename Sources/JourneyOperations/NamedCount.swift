/// A count with the name it belongs to: a destination, an exit reason.
public struct NamedCount: Sendable, Equatable {
  /// The name.
  public var name: String
  /// The count.
  public var count: Int

  /// A count.
  public init(_ name: String, _ count: Int) {
    self.name = name
    self.count = count
  }
}
