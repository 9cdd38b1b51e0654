/// Limits of delivery attempts.
public struct DeliveryOptions: Sendable, Equatable {
  /// Seconds to wait for a webhook's answer.
  public var webhookTimeout: Double
  /// Attempts per webhook batch before the batch waits for the next run.
  public var webhookAttempts: Int
  /// Seconds before the second attempt; each later wait is twice the one before.
  public var backoff: Double
  /// Seconds a command may run before it is stopped and counted as failed.
  public var commandTimeout: Double
  /// The most activations sent in one batch.
  public var batchSize: Int

  /// Options; by default a 10 s timeout, 3 attempts 1 s and 2 s apart, a 60 s command limit
  /// and batches of up to 500 activations.
  public init(
    webhookTimeout: Double = 10, webhookAttempts: Int = 3, backoff: Double = 1,
    commandTimeout: Double = 60, batchSize: Int = 500
  ) {
    self.webhookTimeout = webhookTimeout
    self.webhookAttempts = max(1, webhookAttempts)
    self.backoff = backoff
    self.commandTimeout = commandTimeout
    self.batchSize = max(1, batchSize)
  }
}
