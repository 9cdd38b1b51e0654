/// A place a batch of activations can be handed to.
protocol DeliveryTarget {
  /// Hands `batch` over; returns only when the destination has taken all of it.
  func deliver(_ batch: DeliveryBatch) throws(DeliveryError)
}
