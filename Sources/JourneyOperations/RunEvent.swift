import JourneyModel

/// Something `journey run` did or refused, reported as it happens.
public enum RunEvent: Sendable, Equatable {
  /// A run committed.
  case ran(RunSummary)
  /// A run failed and kept nothing; the next run starts from the same place.
  case failed(RunSummary)
  /// The journey is not Active.
  case skipped(journeyID: String, status: JourneyStatus)
  /// No run is due.
  case nothingDue(journeyID: String, next: NextRun)
  /// The journey cannot run now; the reason says why and what to do.
  case refused(journeyID: String, reason: String)
  /// A journey file cannot be read.
  case unreadable(path: String, reason: String)
  /// Activations reached a destination.
  case delivered(journeyID: String, destinationID: String, count: Int)
  /// The contact data loaded with rows skipped (`--skip-bad-rows`) or left out, one line each.
  case dataNotes([String])
  /// A destination did not take its activations; they wait for the next run.
  case deliveryFailed(journeyID: String, destinationID: String, waiting: Int, reason: String)

  /// True for the events that make `journey run` report a problem.
  public var isProblem: Bool {
    switch self {
    case .ran, .skipped, .nothingDue, .delivered, .dataNotes: return false
    case .failed, .refused, .unreadable, .deliveryFailed: return true
    }
  }
}
