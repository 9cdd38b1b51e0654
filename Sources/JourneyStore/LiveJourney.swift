/// Where a live journey stands between runs.
public struct LiveJourney: Equatable, Sendable {
  /// The journey's id.
  public var journeyID: String

  /// The published version whose runs made the saved state.
  public var version: Int

  /// When the journey went live (seconds since 1970); no arrival is earlier.
  public var publishedAt: Int64

  /// When `version` went live (its publish or resume); runs missed before it are not made up.
  public var versionSince: Int64

  /// The time of the latest run, if any (seconds since 1970).
  public var lastRunAt: Int64?

  /// How many runs committed.
  public var runs: Int

  /// A journey's standing.
  public init(
    journeyID: String, version: Int, publishedAt: Int64, versionSince: Int64,
    lastRunAt: Int64?, runs: Int
  ) {
    self.journeyID = journeyID
    self.version = version
    self.publishedAt = publishedAt
    self.versionSince = versionSince
    self.lastRunAt = lastRunAt
    self.runs = runs
  }
}
