import JourneyModel

/// What to simulate: the span, and when runs happen.
public struct SimulationOptions: Sendable, Equatable {
  /// The start, taken as the publish time; a run at this moment is included.
  public var from: Int64
  /// The end; a run at this moment is included.
  public var to: Int64
  /// A schedule to use instead of the journey's.
  public var schedule: Schedule?
  /// Explicit run times to use instead of any schedule (those outside the span are dropped).
  public var runTimes: [Int64]?
  /// How many engines share the contacts and run side by side; nil picks one per core for
  /// large data (and one for real time, whose runs are too small to share).
  public var shards: Int?

  /// Creates options.
  public init(
    from: Int64, to: Int64, schedule: Schedule? = nil, runTimes: [Int64]? = nil,
    shards: Int? = nil
  ) {
    self.from = from
    self.to = to
    self.schedule = schedule
    self.runTimes = runTimes
    self.shards = shards
  }
}
