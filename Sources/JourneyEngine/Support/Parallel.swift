import Dispatch
import Foundation

/// Runs independent pieces of work on all cores and gathers their results in order.
enum Parallel {
  /// The number of pieces worth splitting work into on this machine.
  static var width: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 16)) }

  /// `body(0) ..< body(count - 1)`, computed concurrently, in index order.
  static func map<Result: Sendable>(
    _ count: Int, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    let box = ResultBox<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      box.set(index, body(index))
    }
    return box.values()
  }

  /// Like `map`, but the work may throw; the first error (by index) is rethrown.
  static func tryMap<Result: Sendable, Failure: Error>(
    _ count: Int, _ body: @Sendable (Int) throws(Failure) -> Result
  ) throws(Failure) -> [Result] {
    let outcomes = map(count) { index -> Outcome<Result, Failure> in
      do throws(Failure) {
        return .success(try body(index))
      } catch {
        return .failure(Box(error))
      }
    }
    var results: [Result] = []
    results.reserveCapacity(count)
    for outcome in outcomes {
      switch outcome {
      case .success(let value): results.append(value)
      case .failure(let box): throw box.value
      }
    }
    return results
  }

  /// Splits `0 ..< count` into at most `parts` contiguous ranges of nearly equal size.
  static func ranges(_ count: Int, parts: Int = width) -> [Range<Int>] {
    let parts = max(1, min(parts, count))
    return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
  }
}

/// The result of one piece of fallible work.
private enum Outcome<Value: Sendable, Failure: Error>: @unchecked Sendable {
  case success(Value)
  case failure(Box<Failure>)
}

/// Holds an error so that it can cross threads with the outcome.
private final class Box<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// Slots written once each, by different threads, then read after all writers finished.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.withLock { slots[index] = value }
  }

  func values() -> [Value] {
    lock.withLock { slots.compactMap { $0 } }
  }
}
