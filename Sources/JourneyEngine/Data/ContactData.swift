import Foundation
import JourneyModel

/// The contact data a journey runs over: contacts numbered densely in ascending `contact_id`
/// order (compared byte by byte), their profiles, events and profile changes, and the
/// membership files of audiences. Immutable once loaded, so threads can share it.
public final class ContactData: Sendable {
  /// Contact ids, ascending; a contact's number is its position here.
  public let contactIDs: [String]
  /// Profile fields by column, and their changes over time.
  public let profiles: ProfileStore
  /// Events per table.
  public let events: EventStore
  /// Membership intervals of audiences defined by a membership file, by audience name.
  public let memberships: [String: IntervalTable]
  /// What was read, skipped and ignored.
  public let report: LoadReport
  /// The earliest and latest timestamps in the data (events, changes, memberships).
  public let timeRange: ClosedRange<Int64>?

  /// Assembles loaded data.
  init(
    contactIDs: [String], profiles: ProfileStore, events: EventStore,
    memberships: [String: IntervalTable], report: LoadReport, timeRange: ClosedRange<Int64>?
  ) {
    self.contactIDs = contactIDs
    self.profiles = profiles
    self.events = events
    self.memberships = memberships
    self.report = report
    self.timeRange = timeRange
  }

  /// How many contacts the data holds.
  public var contactCount: Int { contactIDs.count }

  /// The number of the contact with id `id`, or nil when the data has no such contact.
  public func contactIndex(_ id: String) -> Int32? {
    var low = 0
    var high = contactIDs.count
    while low < high {
      let middle = (low + high) >> 1
      if contactIDs[middle].utf8.lexicographicallyPrecedes(id.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < contactIDs.count, contactIDs[low].utf8.elementsEqual(id.utf8) else {
      return nil
    }
    return Int32(low)
  }

  /// Loads the data of the workspace at `root` through the hub's data sources (the standard
  /// files under `data/` when it declares none). With `dataFolder`, the files are read from
  /// that folder instead: `data/events.csv` as `DIR/events.csv`, other relative paths
  /// relative to it.
  public static func load(
    workspace root: URL, hub: Hub, dataFolder: URL? = nil, options: LoadOptions = LoadOptions()
  ) throws(LoadError) -> ContactData {
    try DataLoader(hub: hub, options: options, files: .folder(root, data: dataFolder)).load()
  }

  /// Loads data held in memory: `texts` maps each source path (as declared in the hub, or the
  /// standard paths such as "data/events.csv") to the file's text. Meant for tests and tools.
  public static func load(
    hub: Hub, texts: [String: String], options: LoadOptions = LoadOptions()
  ) throws(LoadError) -> ContactData {
    try DataLoader(hub: hub, options: options, files: .memory(texts)).load()
  }
}
