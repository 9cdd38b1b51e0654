/// A test on events: an event table, optional property filters, a minimum count.
public struct EventCondition: Equatable, Sendable, CustomStringConvertible {
  /// The event table name, e.g. "purchase".
  public var event: String
  /// Every filter must hold for an event to count.
  public var filters: [FieldCondition]
  /// How many qualifying events are needed; at least 1.
  public var minimumCount: Int

  /// Creates an event condition.
  public init(event: String, filters: [FieldCondition] = [], minimumCount: Int = 1) {
    self.event = event
    self.filters = filters
    self.minimumCount = minimumCount
  }

  /// "purchase", "purchase where amount > 50", "purchase ×3".
  public var description: String {
    var text = event
    if !filters.isEmpty {
      text += " where " + filters.map(\.description).joined(separator: " and ")
    }
    if minimumCount != 1 { text += " ×\(minimumCount)" }
    return text
  }
}
