import Foundation

/// A delivery attempt that failed: its activations stay in the outbox for the next attempt.
public struct DeliveryFailure: Equatable, Sendable {
  /// The journey whose activations failed.
  public var journeyID: String

  /// The destination that did not take them.
  public var destinationID: String

  /// When the attempt failed, on the real clock.
  public var failedAt: Date

  /// How many activations the attempt carried.
  public var activations: Int

  /// What went wrong.
  public var reason: String

  /// A failure record.
  public init(
    journeyID: String, destinationID: String, failedAt: Date, activations: Int, reason: String
  ) {
    self.journeyID = journeyID
    self.destinationID = destinationID
    self.failedAt = failedAt
    self.activations = activations
    self.reason = reason
  }
}
