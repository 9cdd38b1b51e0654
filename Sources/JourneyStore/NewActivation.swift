/// An activation a run hands to the outbox, stored in the run's transaction.
public struct NewActivation: Equatable, Sendable {
  /// Its stable id.
  public var activationID: String

  /// The destination it goes to.
  public var destinationID: String

  /// The activation as one JSON object.
  public var payload: String

  /// An activation for the outbox.
  public init(activationID: String, destinationID: String, payload: String) {
    self.activationID = activationID
    self.destinationID = destinationID
    self.payload = payload
  }
}
