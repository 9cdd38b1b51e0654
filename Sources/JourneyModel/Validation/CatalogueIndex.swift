import TextFormats

/// The hub catalogue's names in hash tables, so that checking a journey costs one lookup per
/// reference however large the catalogue is.
struct CatalogueIndex: Sendable {
  /// The workspace's default zone.
  let workspaceZone: String
  /// Whether the workspace's zone is a zone this system knows.
  let workspaceZoneIsValid: Bool
  private let fields: [String: FieldDefinition]
  private let knownValues: [String: Set<ValueCheck.Meaning>]
  private let events: [String: EventTable]
  private let audiences: Set<String>
  private let destinations: Set<String>

  /// Indexes `hub`; of two entries with one name, the first wins, as in `Hub`'s look-ups.
  init(_ hub: Hub) {
    workspaceZone = hub.timeZone
    workspaceZoneIsValid = CatalogueIndex.isKnownZone(hub.timeZone)
    let fields = Dictionary(
      hub.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    self.fields = fields
    knownValues = fields.compactMapValues { field in
      guard let values = field.knownValues, !values.isEmpty else { return nil }
      return Set(values.compactMap { ValueCheck.meaning($0, as: field.type) })
    }
    events = Dictionary(hub.events.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    audiences = Set(hub.audiences.map(\.name))
    destinations = Set(hub.destinations.map(\.id))
  }

  /// The profile field named `name`.
  func field(_ name: String) -> FieldDefinition? { fields[name] }

  /// What the known values of field `name` mean, when the field lists some; an empty list
  /// puts no limit on values.
  func knownValues(of name: String) -> Set<ValueCheck.Meaning>? { knownValues[name] }

  /// The event table named `name`.
  func event(_ name: String) -> EventTable? { events[name] }

  /// Whether an audience is named `name`.
  func hasAudience(_ name: String) -> Bool { audiences.contains(name) }

  /// Whether a destination has the id `id`.
  func hasDestination(_ id: String) -> Bool { destinations.contains(id) }

  /// Whether `name` is a time zone the engine can use; answers are cached per name.
  static func isKnownZone(_ name: String) -> Bool {
    guard !ValueCheck.isBlank(name) else { return false }

    do {
      _ = try ZoneCache.shared.rules(for: name)
      return true
    } catch {
      return false
    }
  }
}
