/// Activations of one journey going to one destination in one delivery attempt.
public struct DeliveryBatch: Sendable, Equatable {
  /// One activation in the batch.
  public struct Item: Sendable, Equatable {
    /// Its stable id.
    public var id: String
    /// Its JSON object.
    public var json: String

    /// An item.
    public init(id: String, json: String) {
      self.id = id
      self.json = json
    }
  }

  /// The journey's id.
  public var journeyID: String
  /// The destination's id.
  public var destinationID: String
  /// The activations, in the order they were made.
  public var items: [Item]
  /// True when an earlier attempt may already have handed some of them over.
  public var mayRepeat: Bool

  /// A batch.
  public init(journeyID: String, destinationID: String, items: [Item], mayRepeat: Bool) {
    self.journeyID = journeyID
    self.destinationID = destinationID
    self.items = items
    self.mayRepeat = mayRepeat
  }

  /// The batch's stable id, from its activations' ids: a retried batch has the same id.
  public var id: String { StableID.of(items.map(\.id)) }

  /// The batch as one JSON object: journey, destination, batch id and the activations.
  public var json: String {
    JSONText.object([
      ("journey", JSONText.quoted(journeyID)), ("destination", JSONText.quoted(destinationID)),
      ("batch", JSONText.quoted(id)),
      ("activations", "[" + items.map(\.json).joined(separator: ",") + "]"),
    ])
  }
}
