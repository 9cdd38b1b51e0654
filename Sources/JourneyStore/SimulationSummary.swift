import Foundation

/// The runs of one simulation of a journey, summarized.
public struct SimulationSummary: Equatable, Sendable {
  /// The simulation's id, shared by all its runs.
  public var id: String

  /// The journey that was simulated.
  public var journeyID: String

  /// How many runs the simulation stored.
  public var runCount: Int

  /// The history id of the simulation's first stored run.
  public var firstRunID: Int64

  /// The history id of the simulation's last stored run.
  public var lastRunID: Int64

  /// The earliest simulated clock time of its runs, if any run has one.
  public var firstRunAt: Date?

  /// The latest simulated clock time of its runs, if any run has one.
  public var lastRunAt: Date?

  /// When the first run started, on the real clock.
  public var startedAt: Date

  /// When the last run finished, on the real clock.
  public var finishedAt: Date

  /// A summary with every field given.
  public init(
    id: String, journeyID: String, runCount: Int, firstRunID: Int64, lastRunID: Int64,
    firstRunAt: Date?, lastRunAt: Date?, startedAt: Date, finishedAt: Date
  ) {
    self.id = id
    self.journeyID = journeyID
    self.runCount = runCount
    self.firstRunID = firstRunID
    self.lastRunID = lastRunID
    self.firstRunAt = firstRunAt
    self.lastRunAt = lastRunAt
    self.startedAt = startedAt
    self.finishedAt = finishedAt
  }
}
