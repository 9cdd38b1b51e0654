/// What a load read: rows per file, every skipped row with its reason, and what was ignored.
public struct LoadReport: Equatable, Sendable {
  /// One file that was read.
  public struct File: Equatable, Sendable {
    /// The path as declared (relative to the workspace).
    public var path: String
    /// What the file holds: "profiles", "events", "profile-changes" or "membership".
    public var kind: String
    /// Rows read into the data.
    public var rows: Int
    /// Rows skipped because they could not be read.
    public var skipped: Int
  }

  /// Files read, in the order of the data sources.
  public var files: [File] = []
  /// Skipped rows, by file order then line.
  public var skippedRows: [BadRow] = []
  /// Rows left out on purpose, with why and how many, such as
  /// `events of table "refund", which the catalogue does not define`.
  public var ignored: [Ignored] = []
  /// Standard files that do not exist (they are optional).
  public var absentFiles: [String] = []

  /// A kind of row left out, and how many.
  public struct Ignored: Equatable, Sendable {
    /// The file.
    public var path: String
    /// Why the rows were left out.
    public var reason: String
    /// How many rows.
    public var rows: Int
  }

  /// How many rows were skipped in all.
  public var skippedCount: Int { skippedRows.count }

  /// Lines for people: one per file, then each skipped row and each ignored kind of row.
  public var lines: [String] {
    var lines = files.map { file in
      "\(file.path): \(file.rows) \(file.kind) rows"
        + (file.skipped > 0 ? ", \(file.skipped) skipped" : "")
    }
    lines += absentFiles.map { "\($0): not present" }
    lines += skippedRows.map { "skipped \($0.description)" }
    lines += ignored.map { "\($0.path): ignored \($0.rows) rows: \($0.reason)" }
    return lines
  }
}

/// A row that could not be read: where it is and why.
public struct BadRow: Equatable, Sendable, CustomStringConvertible {
  /// The file, as declared.
  public var path: String
  /// The 1-based line on which the row starts.
  public var line: Int
  /// What is wrong with it.
  public var reason: String

  /// Creates a bad row.
  public init(path: String, line: Int, reason: String) {
    self.path = path
    self.line = line
    self.reason = reason
  }

  /// "data/events.csv:17: timestamp "yesterday" is not a valid iso8601 timestamp".
  public var description: String { "\(path):\(line): \(reason)" }
}
