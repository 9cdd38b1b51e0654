import Foundation

/// The saved state of live journeys, in the workspace's `.journey/history.sqlite` beside the
/// run history: each journey's standing, each contact's place and moves, the outbox of
/// activations and the delivery failures.
///
/// A run's state, its history row and its activations are stored in one transaction
/// (`commit`), so a run is kept whole or not at all. Use one store from one thread.
public final class LiveStore {
  /// The connection.
  let database: Database

  /// The database file's path.
  public var path: String { database.path }

  /// Opens the state of the workspace folder `workspace`, creating or migrating the file.
  public init(workspace: URL) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: workspace.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw StoreError.workspaceMissing(path: workspace.path) }

    database = try Database(url: workspace.appendingPathComponent(RunHistory.relativePath))
    try RunHistorySchema.schema.apply(to: database)
    try LiveSchema.apply(to: database)
  }

  /// Closes the file; later calls throw.
  public func close() {
    database.close()
  }

  /// The standing of `journeyID`, or nil before its first committed run.
  public func journey(_ journeyID: String) throws -> LiveJourney? {
    let select = try database.prepare(
      """
      SELECT version, published_at, version_since, last_run_at, runs
      FROM live_journeys WHERE journey_id = ?
      """)
    try select.bind(journeyID, at: 1)
    guard try select.step() else { return nil }
    return LiveJourney(
      journeyID: journeyID, version: Int(select.int64(at: 0)),
      publishedAt: select.int64(at: 1), versionSince: select.int64(at: 2),
      lastRunAt: select.isNull(at: 3) ? nil : select.int64(at: 3),
      runs: Int(select.int64(at: 4)))
  }

  /// Every saved contact of `journeyID`, by ascending id (compared byte by byte).
  public func contacts(journeyID: String) throws -> [LiveContact] {
    let select = try database.prepare(
      """
      SELECT contact_id, status, step_id, arrival, entry_time, qualify_from, entries
      FROM live_contacts WHERE journey_id = ? ORDER BY contact_id
      """)
    try select.bind(journeyID, at: 1)
    var contacts: [LiveContact] = []
    while try select.step() {
      let text = select.string(at: 1) ?? "NULL"
      guard let status = LiveContact.Status(rawValue: text) else {
        throw StoreError.unreadableValue(path: path, column: "status", value: text)
      }
      contacts.append(LiveContact(
        contactID: select.string(at: 0) ?? "", status: status, stepID: select.string(at: 2),
        arrival: select.int64(at: 3), entryTime: select.int64(at: 4),
        qualifyFrom: select.int64(at: 5), entries: Int(select.int64(at: 6))))
    }
    return contacts
  }

  /// Contacts inside `journeyID` now, by step id ("" for contacts whose step was removed).
  public func contactsOnSteps(journeyID: String) throws -> [String: Int] {
    let select = try database.prepare(
      """
      SELECT coalesce(step_id, ''), count(*) FROM live_contacts
      WHERE journey_id = ? AND status = 'inside' GROUP BY step_id
      """)
    try select.bind(journeyID, at: 1)
    var counts: [String: Int] = [:]
    while try select.step() {
      counts[select.string(at: 0) ?? "", default: 0] += Int(select.int64(at: 1))
    }
    return counts
  }

  /// How many saved contacts of `journeyID` are in each status.
  public func contactsByStatus(journeyID: String) throws -> [LiveContact.Status: Int] {
    let select = try database.prepare(
      "SELECT status, count(*) FROM live_contacts WHERE journey_id = ? GROUP BY status")
    try select.bind(journeyID, at: 1)
    var counts: [LiveContact.Status: Int] = [:]
    while try select.step() {
      guard let status = select.string(at: 0).flatMap(LiveContact.Status.init(rawValue:))
      else { continue }
      counts[status] = Int(select.int64(at: 1))
    }
    return counts
  }

  /// The moves of one contact in `journeyID`, oldest first.
  public func moves(journeyID: String, contactID: String) throws -> [LiveMove] {
    let select = try database.prepare(
      """
      SELECT run_id, status, step_id, at, reason FROM live_moves
      WHERE journey_id = ? AND contact_id = ? ORDER BY id
      """)
    try select.bind(journeyID, at: 1)
    try select.bind(contactID, at: 2)
    var moves: [LiveMove] = []
    while try select.step() {
      let text = select.string(at: 1) ?? "NULL"
      guard let status = LiveContact.Status(rawValue: text) else {
        throw StoreError.unreadableValue(path: path, column: "status", value: text)
      }
      moves.append(LiveMove(
        contactID: contactID, runID: select.int64(at: 0), status: status,
        stepID: select.string(at: 2), at: select.int64(at: 3), reason: select.string(at: 4)))
    }
    return moves
  }
}
