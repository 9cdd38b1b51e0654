import JourneyEngine
import JourneyStore

/// Converts between the engine's contact states and the saved rows.
enum ContactRows {
  /// The saved row of an engine contact.
  static func row(_ contact: EngineSnapshot.Contact) -> LiveContact {
    LiveContact(
      contactID: contact.id, status: status(contact.status),
      stepID: contact.status == .inside ? contact.step : nil, arrival: contact.arrival,
      entryTime: contact.entryTime, qualifyFrom: contact.qualifyFrom,
      entries: contact.entries)
  }

  /// The engine contact of a saved row.
  static func contact(_ row: LiveContact) -> EngineSnapshot.Contact {
    EngineSnapshot.Contact(
      id: row.contactID, status: status(row.status), step: row.stepID, arrival: row.arrival,
      entryTime: row.entryTime, qualifyFrom: row.qualifyFrom, entries: row.entries)
  }

  /// The engine state to continue from: the saved standing and contacts.
  static func snapshot(_ journey: LiveJourney, _ rows: [LiveContact]) -> EngineSnapshot {
    EngineSnapshot(
      version: journey.version, publishedAt: journey.publishedAt,
      lastRunAt: journey.lastRunAt, runs: journey.runs, contacts: rows.map(contact))
  }

  private static func status(_ status: ContactStatus) -> LiveContact.Status {
    switch status {
    case .outside: return .outside
    case .inside: return .inside
    case .left: return .left
    }
  }

  private static func status(_ status: LiveContact.Status) -> ContactStatus {
    switch status {
    case .outside: return .outside
    case .inside: return .inside
    case .left: return .left
    }
  }
}
