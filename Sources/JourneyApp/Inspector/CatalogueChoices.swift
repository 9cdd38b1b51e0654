import JourneyModel

/// The catalogue's names as picker choices.
enum CatalogueChoices {
  /// Profile fields, with their type as the hint.
  static func fields(_ hub: Hub, only type: FieldType? = nil) -> [Choice] {
    hub.fields.filter { type == nil || $0.type == type }.map {
      Choice($0.name, detail: $0.type.rawValue)
    }
  }

  /// Event tables, with their properties as the hint.
  static func events(_ hub: Hub) -> [Choice] {
    hub.events.map { Choice($0.name, detail: $0.properties.map(\.name).joined(separator: ", ")) }
  }

  /// The properties of event `event`.
  static func properties(_ hub: Hub, event: String) -> [Choice] {
    (hub.event(event)?.properties ?? []).map { Choice($0.name, detail: $0.type.rawValue) }
  }

  /// Audiences, with their description as the hint.
  static func audiences(_ hub: Hub) -> [Choice] {
    hub.audiences.map { Choice($0.name, detail: $0.description) }
  }

  /// Destinations by id, with name and kind as the hint.
  static func destinations(_ hub: Hub) -> [Choice] {
    hub.destinations.map { Choice($0.id, detail: "\($0.name) (\($0.kind))") }
  }

  /// The known values of profile field `field`, if it has a list.
  static func knownValues(_ hub: Hub, field: String?) -> [Choice]? {
    guard let field, let values = hub.field(field)?.knownValues else { return nil }
    return values.map { Choice($0) }
  }

  /// Every condition operator.
  static let operators: [Choice] = ConditionOperator.allCases.map { Choice($0.rawValue) }

  /// Time units.
  static let units: [Choice] = TimeUnit.allCases.map { Choice($0.rawValue) }

  /// Weekdays, Monday first.
  static let weekdays: [Choice] = Weekday.allCases.map { Choice($0.rawValue, label: $0.title) }

  /// A few common IANA zones, after the workspace's own.
  static func timeZones(_ hub: Hub) -> [Choice] {
    // TODO: only a short list of zones is offered; any other IANA name must be typed in full.
    let common = [
      "UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "America/New_York",
      "America/Chicago", "America/Denver", "America/Los_Angeles", "Asia/Tokyo",
      "Asia/Singapore", "Australia/Sydney",
    ]
    let workspace = Choice("", label: "(workspace default)", detail: hub.timeZone)
    return [workspace] + common.map { Choice($0) }
  }
}
