import JourneyEngine

/// How a live session loads data and delivers.
public struct RunnerOptions: Sendable {
  /// How contact data is loaded (a bad row stops the runs unless skipped).
  public var load: LoadOptions
  /// Delivery timeouts, attempts and batch sizes.
  public var delivery: DeliveryOptions

  /// Options.
  public init(load: LoadOptions = LoadOptions(), delivery: DeliveryOptions = DeliveryOptions()) {
    self.load = load
    self.delivery = delivery
  }
}
