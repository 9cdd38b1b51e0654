import JourneyModel

/// Small hand-made catalogues and helpers shared by the engine tests.
enum Fixtures {
  /// A hub with a few typed fields, two event tables and the given audiences.
  static func hub(
    zone: String = "UTC", audiences: [Audience] = [], sources: [DataSource] = []
  ) -> Hub {
    Hub(
      timeZone: zone,
      fields: [
        FieldDefinition(name: "plan", type: .string, knownValues: ["free", "pro", "team"]),
        FieldDefinition(name: "status", type: .string),
        FieldDefinition(name: "score", type: .number),
        FieldDefinition(name: "vip", type: .bool),
        FieldDefinition(name: "birthday", type: .date),
        FieldDefinition(name: "tz", type: .string),
      ],
      events: [
        EventTable(
          name: "purchase",
          properties: [
            PropertyDefinition(name: "amount", type: .number),
            PropertyDefinition(name: "category", type: .string),
          ]),
        EventTable(name: "visit"),
        EventTable(name: "unsubscribe"),
      ],
      audiences: audiences,
      destinations: [
        Destination(id: "email", name: "Email", kind: "email"),
        Destination(id: "crm", name: "CRM", kind: "crm"),
      ],
      dataSources: sources)
  }

  /// Seconds since 1970 of an ISO 8601 UTC date-time written "2026-03-01T09:00:00Z".
  static func t(_ text: String) -> Int64 {
    var parser = TimestampParserBox.parser
    return parser.parse(text) ?? Int64.min
  }
}

import TextFormats

/// A parser for test timestamps.
enum TimestampParserBox {
  /// ISO 8601 in UTC.
  static var parser: TimestampParser { TimestampParser(format: .iso8601, zone: .utc) }
}
