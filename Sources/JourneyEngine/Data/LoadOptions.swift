/// How to load contact data.
public struct LoadOptions: Sendable {
  /// Skip rows that cannot be read (each is listed in the report) instead of stopping.
  public var skipBadRows: Bool
  /// How many threads may parse at once; nil uses every core.
  public var threads: Int?

  /// Creates options; by default a bad row stops the load.
  public init(skipBadRows: Bool = false, threads: Int? = nil) {
    self.skipBadRows = skipBadRows
    self.threads = threads
  }
}
