/// How one file under `data/` maps onto profiles, events or profile changes, so an export can
/// be used as it is.
public struct DataSource: Equatable, Sendable {
  /// What the file holds.
  public var kind: DataKind
  /// Path relative to the workspace.
  public var path: String
  /// CSV or JSON Lines.
  public var format: DataFormat
  /// The CSV delimiter: ",", ";", "\t", "|" or "whitespace".
  public var delimiter: String
  /// The column holding the contact id.
  public var contactColumn: String
  /// The column holding the timestamp (events and profile changes).
  public var timestampColumn: String?
  /// How timestamps are written: "iso8601", "yyyymmdd", "epoch" or a pattern such as
  /// "YYYY-MM-DD HH:mm:ss".
  public var timestampFormat: String
  /// The zone of timestamps without an offset; nil uses the workspace's.
  public var timeZone: String?
  /// Events: the column naming the event table.
  public var eventColumn: String?
  /// Events: one table for every row, when the file has no event column.
  public var eventName: String?
  /// Profile changes: the column naming the field.
  public var fieldColumn: String?
  /// Profile changes: the column holding the new value.
  public var valueColumn: String?
  /// Column name to field or property name; columns not listed map to the field of the same
  /// name when there is one, and are ignored otherwise.
  public var columns: [ColumnMapping]

  /// Creates a data source with our standard column names.
  public init(
    kind: DataKind, path: String, format: DataFormat = .csv, delimiter: String = ",",
    contactColumn: String = "contact_id", timestampColumn: String? = nil,
    timestampFormat: String = "iso8601", timeZone: String? = nil, eventColumn: String? = nil,
    eventName: String? = nil, fieldColumn: String? = nil, valueColumn: String? = nil,
    columns: [ColumnMapping] = []
  ) {
    self.kind = kind
    self.path = path
    self.format = format
    self.delimiter = delimiter
    self.contactColumn = contactColumn
    self.timestampColumn = timestampColumn
    self.timestampFormat = timestampFormat
    self.timeZone = timeZone
    self.eventColumn = eventColumn
    self.eventName = eventName
    self.fieldColumn = fieldColumn
    self.valueColumn = valueColumn
    self.columns = columns
  }

  /// The sources used when `hub.json` declares none: `data/profiles.csv`, `data/events.csv`
  /// and `data/profile_changes.csv` with the standard columns.
  public static let standard: [DataSource] = [
    DataSource(kind: .profiles, path: "data/profiles.csv"),
    DataSource(
      kind: .events, path: "data/events.csv", timestampColumn: "timestamp",
      eventColumn: "event"),
    DataSource(
      kind: .profileChanges, path: "data/profile_changes.csv", timestampColumn: "timestamp",
      fieldColumn: "field", valueColumn: "value"),
  ]
}

/// What a data file holds.
public enum DataKind: String, CaseIterable, Equatable, Sendable {
  /// One row per contact with initial field values.
  case profiles
  /// One row per event.
  case events
  /// One row per change of one field.
  case profileChanges = "profile-changes"
}

/// The syntax of a data file.
public enum DataFormat: String, CaseIterable, Equatable, Sendable {
  /// Delimited text with a header row.
  case csv
  /// One JSON object per line.
  case jsonl
}

/// One column renamed to a field or property.
public struct ColumnMapping: Equatable, Sendable {
  /// The column name in the file.
  public var column: String
  /// The field or property it becomes.
  public var target: String

  /// Creates a mapping.
  public init(column: String, target: String) {
    self.column = column
    self.target = target
  }
}
