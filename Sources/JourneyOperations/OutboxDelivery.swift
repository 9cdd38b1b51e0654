import Foundation
import JourneyModel
import JourneyStore

/// Delivers the activations waiting in the outbox, destination by destination, in the order
/// they were made. A batch is counted as attempted before it is handed over and marked as
/// sent once its destination took it; a destination that fails keeps its activations
/// waiting and is not tried again in this session, so a dead webhook does not slow every
/// later run down.
final class OutboxDelivery {
  private let root: URL
  private let hub: Hub
  private let store: LiveStore
  private let options: DeliveryOptions
  private let clock: () -> Date
  private let pause: (PausePoint) throws -> Void
  /// Destinations that failed in this session, per journey.
  private var down: Set<[String]> = []

  /// A delivery session over `store` for the workspace at `root` described by `hub`.
  init(
    root: URL, hub: Hub, store: LiveStore, options: DeliveryOptions,
    clock: @escaping () -> Date, pause: @escaping (PausePoint) throws -> Void
  ) {
    self.root = root
    self.hub = hub
    self.store = store
    self.options = options
    self.clock = clock
    self.pause = pause
  }

  /// Delivers what waits for `journeyID` and says what happened, per destination.
  func deliverWaiting(journeyID: String) -> [RunEvent] {
    let waiting: [OutboxEntry]
    do {
      waiting = try store.waiting(journeyID: journeyID)
    } catch {
      return [.refused(journeyID: journeyID, reason: "\(error)")]
    }

    var order: [String] = []
    var groups: [String: [OutboxEntry]] = [:]
    for entry in waiting {
      if groups[entry.destinationID] == nil { order.append(entry.destinationID) }
      groups[entry.destinationID, default: []].append(entry)
    }
    return order.compactMap { destination in
      guard !down.contains([journeyID, destination]) else { return nil }
      return deliver(groups[destination] ?? [], journeyID: journeyID, to: destination)
    }
  }

  /// Delivers `entries` to `destination` in batches; nil when there was nothing to say.
  private func deliver(
    _ entries: [OutboxEntry], journeyID: String, to destination: String
  ) -> RunEvent? {
    var sent = 0
    do {
      let target = try self.target(destination)
      var start = 0
      while start < entries.count {
        let chunk = Array(entries[start..<min(entries.count, start + options.batchSize)])
        try hand(chunk, to: target, journeyID: journeyID, destination: destination)
        sent += chunk.count
        start += chunk.count
      }
    } catch {
      let reason = "\(error)"
      let waiting = entries.count - sent
      let failure = DeliveryFailure(
        journeyID: journeyID, destinationID: destination, failedAt: clock(),
        activations: waiting, reason: reason)
      try? store.recordFailure(failure, ids: entries[sent...].map(\.id))
      down.insert([journeyID, destination])
      return .deliveryFailed(
        journeyID: journeyID, destinationID: destination, waiting: waiting, reason: reason)
    }
    return sent == 0
      ? nil : .delivered(journeyID: journeyID, destinationID: destination, count: sent)
  }

  /// Hands one batch over and marks it sent.
  private func hand(
    _ chunk: [OutboxEntry], to target: any DeliveryTarget, journeyID: String,
    destination: String
  ) throws {
    let ids = chunk.map(\.id)
    let batch = DeliveryBatch(
      journeyID: journeyID, destinationID: destination,
      items: chunk.map { DeliveryBatch.Item(id: $0.activationID, json: $0.payload) },
      mayRepeat: chunk.contains { $0.attempts > 0 })
    try store.markAttempted(ids)
    try target.deliver(batch)
    try pause(.afterDelivery)
    try store.markSent(ids, at: clock())
  }

  /// How the hub says to deliver to `destination`.
  private func target(_ destination: String) throws(DeliveryError) -> any DeliveryTarget {
    guard let found = hub.destination(destination) else {
      throw .unknownDestination(destination)
    }
    switch found.delivery {
    case nil:
      throw .noDelivery(destination)
    case .file(let path, let format):
      return try FileDelivery(path: path, format: format, root: root)
    case .webhook(let url):
      return try WebhookDelivery(address: url, options: options)
    case .command(let arguments):
      return CommandDelivery(arguments: arguments, root: root, options: options)
    }
  }
}
