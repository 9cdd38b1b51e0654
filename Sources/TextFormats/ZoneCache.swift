import Foundation

/// A thread-safe memo of `ZoneRules` by name, so each zone's offsets are read only once.
///
/// Useful when many contacts name their own zone: a million rows with a few distinct
/// zones cost a few zone reads, not a million.
public final class ZoneCache: @unchecked Sendable {
  private let lock = NSLock()
  private var known: [String: ZoneRules] = [:]
  private var unknown: Set<String> = []

  /// A cache shared by the whole process.
  public static let shared = ZoneCache()

  /// Creates an empty cache.
  public init() {}

  /// The rules for `identifier`, read on first use.
  public func rules(for identifier: String) throws(ZoneError) -> ZoneRules {
    lock.lock()
    if let rules = known[identifier] {
      lock.unlock()
      return rules
    }
    let failedBefore = unknown.contains(identifier)
    lock.unlock()
    if failedBefore { throw .unknownIdentifier(identifier) }

    do {
      let rules = try ZoneRules(identifier: identifier)
      lock.withLock { known[identifier] = rules }
      return rules
    } catch {
      lock.withLock { _ = unknown.insert(identifier) }
      throw error
    }
  }
}
