/// The customer hub catalogue: what journeys may refer to, and where contact data comes from.
public struct Hub: Equatable, Sendable {
  /// IANA name of the workspace's default time zone.
  public var timeZone: String
  /// Profile fields.
  public var fields: [FieldDefinition]
  /// Event tables.
  public var events: [EventTable]
  /// Audiences.
  public var audiences: [Audience]
  /// Destinations that Activate steps send to.
  public var destinations: [Destination]
  /// How to read the files under `data/`.
  public var dataSources: [DataSource]

  /// Creates a catalogue.
  public init(
    timeZone: String = "UTC", fields: [FieldDefinition] = [], events: [EventTable] = [],
    audiences: [Audience] = [], destinations: [Destination] = [], dataSources: [DataSource] = []
  ) {
    self.timeZone = timeZone
    self.fields = fields
    self.events = events
    self.audiences = audiences
    self.destinations = destinations
    self.dataSources = dataSources
  }

  /// The profile field named `name`.
  public func field(_ name: String) -> FieldDefinition? { fields.first { $0.name == name } }
  /// The event table named `name`.
  public func event(_ name: String) -> EventTable? { events.first { $0.name == name } }
  /// The audience named `name`.
  public func audience(_ name: String) -> Audience? { audiences.first { $0.name == name } }
  /// The destination with id `id`.
  public func destination(_ id: String) -> Destination? { destinations.first { $0.id == id } }
}

/// The type of a profile field or event property.
public enum FieldType: String, CaseIterable, Equatable, Sendable {
  /// Text, compared exactly.
  case string
  /// A decimal number.
  case number
  /// true/false, yes/no or 1/0.
  case bool
  /// An ISO 8601 date or date-time.
  case date
}

/// A profile field.
public struct FieldDefinition: Equatable, Sendable {
  /// The field's name.
  public var name: String
  /// Its type.
  public var type: FieldType
  /// Known values, offered as choices; a Segment value outside them is a warning.
  public var knownValues: [String]?

  /// Creates a field.
  public init(name: String, type: FieldType, knownValues: [String]? = nil) {
    self.name = name
    self.type = type
    self.knownValues = knownValues
  }
}

/// An event table such as `purchase`, with typed properties.
public struct EventTable: Equatable, Sendable {
  /// The table's name.
  public var name: String
  /// Its properties.
  public var properties: [PropertyDefinition]

  /// Creates an event table.
  public init(name: String, properties: [PropertyDefinition] = []) {
    self.name = name
    self.properties = properties
  }

  /// The property named `name`.
  public func property(_ name: String) -> PropertyDefinition? {
    properties.first { $0.name == name }
  }
}

/// A property of an event table.
public struct PropertyDefinition: Equatable, Sendable {
  /// The property's name.
  public var name: String
  /// Its type.
  public var type: FieldType

  /// Creates a property.
  public init(name: String, type: FieldType) {
    self.name = name
    self.type = type
  }
}
