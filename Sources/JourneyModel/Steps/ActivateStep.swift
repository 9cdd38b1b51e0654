/// An Activate step: sends each contact that reaches it to one or more destinations.
public struct ActivateStep: Equatable, Sendable {
  /// Destination ids from the hub catalogue; at least one is required.
  public var destinations: [String]
  /// The step after the activation.
  public var next: StepID?

  /// Creates an activation.
  public init(destinations: [String], next: StepID? = nil) {
    self.destinations = destinations
    self.next = next
  }
}
