/// A place Activate steps send contacts to.
public struct Destination: Equatable, Sendable {
  /// Identifier used in journeys.
  public var id: String
  /// The name marketers read.
  public var name: String
  /// What kind of tool it is: email, crm, ads, sms...
  public var kind: String
  /// How live runs deliver; simulations only record activations.
  public var delivery: Delivery?

  /// Creates a destination.
  public init(id: String, name: String, kind: String, delivery: Delivery? = nil) {
    self.id = id
    self.name = name
    self.kind = kind
    self.delivery = delivery
  }
}

/// How a live run delivers activations to a destination.
public enum Delivery: Equatable, Sendable {
  /// Appended to a file under the workspace, as JSON lines or CSV rows.
  case file(path: String, format: String)
  /// Posted as a JSON batch to a URL.
  case webhook(url: String)
  /// Piped as a JSON batch to a program.
  case command([String])
}
