/// One activation waiting in the outbox to be delivered to its destination.
public struct OutboxEntry: Equatable, Sendable {
  /// The outbox row: delivery follows this order.
  public var id: Int64

  /// The activation's stable id, the same on every delivery attempt.
  public var activationID: String

  /// The journey whose run made it.
  public var journeyID: String

  /// The destination it goes to.
  public var destinationID: String

  /// The history id of the run that made it.
  public var runID: Int64

  /// The activation as one JSON object.
  public var payload: String

  /// Delivery attempts started so far.
  public var attempts: Int

  /// Why the last attempt failed, if it did.
  public var lastError: String?

  /// An outbox row.
  public init(
    id: Int64, activationID: String, journeyID: String, destinationID: String, runID: Int64,
    payload: String, attempts: Int, lastError: String?
  ) {
    self.id = id
    self.activationID = activationID
    self.journeyID = journeyID
    self.destinationID = destinationID
    self.runID = runID
    self.payload = payload
    self.attempts = attempts
    self.lastError = lastError
  }
}
