import Dispatch
import Foundation

/// How long work (loading data, simulating, comparing, reading the history) is carried out:
/// on background threads in the program, or at once on the calling thread in tests, so
/// that a key's effects are on screen when the key returns.
public enum WorkMode: Sendable {
  /// Work runs on background queues and posts its results back; pacing really waits.
  case background
  /// Work runs at once on the caller's thread and pacing never waits.
  case inline

  /// A serial queue named `label` for this mode.
  func makeQueue(_ label: String) -> any WorkQueue {
    switch self {
    case .background: return SerialWorkQueue(label: label)
    case .inline: return InlineWorkQueue()
    }
  }

  /// A pacer for this mode.
  func makePacer() -> any Pacer {
    switch self {
    case .background: return WaitingPacer()
    case .inline: return ImmediatePacer()
    }
  }
}

/// Runs blocks of work one after another.
protocol WorkQueue: Sendable {
  /// Runs `work` after the work queued before it.
  func async(_ work: @escaping @Sendable () -> Void)
}

/// A serial Dispatch queue.
struct SerialWorkQueue: WorkQueue {
  private let queue: DispatchQueue

  /// A queue named `label`, at the priority of work a user waits for.
  init(label: String) {
    queue = DispatchQueue(label: label, qos: .userInitiated)
  }

  func async(_ work: @escaping @Sendable () -> Void) {
    queue.async(execute: work)
  }
}

/// Runs work at once on the calling thread.
struct InlineWorkQueue: WorkQueue {
  func async(_ work: @escaping @Sendable () -> Void) {
    work()
  }
}

/// Waits between simulated runs when playing slower than the machine can go; a wait ends
/// early when interrupted.
protocol Pacer: Sendable {
  /// Waits up to `seconds`, or until `interrupt` is called.
  func wait(seconds: Double)
  /// Ends the current wait at once.
  func interrupt()
}

/// Waits on a semaphore with a timeout.
final class WaitingPacer: Pacer, @unchecked Sendable {
  private let semaphore = DispatchSemaphore(value: 0)

  func wait(seconds: Double) {
    guard seconds > 0 else { return }
    _ = semaphore.wait(timeout: .now() + seconds)
  }

  func interrupt() {
    // TODO: an interrupt with nobody waiting is kept, so the next wait between runs is skipped.
    semaphore.signal()
  }
}

/// Never waits.
struct ImmediatePacer: Pacer {
  func wait(seconds: Double) {}
  func interrupt() {}
}

/// Messages from background work to the UI thread, taken in the order posted.
final class Mailbox<Message: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [Message] = []

  /// Adds a message.
  func post(_ message: Message) {
    lock.withLock { messages.append(message) }
  }

  /// Takes every message posted so far, oldest first.
  func drain() -> [Message] {
    lock.withLock {
      let taken = messages
      messages.removeAll()
      return taken
    }
  }
}
