import JourneyStore
import TextFormats

/// The one-line text of each `journey run` event.
public enum RunEventText {
  /// The line for `event`, without a line break.
  public static func line(_ event: RunEvent) -> String {
    switch event {
    case .ran(let run):
      return head(run) + ": " + counts(run)
    case .failed(let run):
      return head(run) + ": failed, nothing kept: " + (run.failure ?? "no reason given")
    case .skipped(let journeyID, let status):
      return "\(journeyID): skipped, \(status.title)"
    case .nothingDue(let journeyID, let next):
      return "\(journeyID): no run due; " + text(next)
    case .refused(let journeyID, let reason):
      return "\(journeyID): not run: \(reason)"
    case .unreadable(let path, let reason):
      return "\(path): cannot read: \(reason)"
    case .dataNotes(let lines):
      return lines.joined(separator: "\n")
    case .delivered(let journeyID, let destinationID, let count):
      return "\(journeyID): delivered \(plural(count, "activation")) to \(destinationID)"
    case .deliveryFailed(let journeyID, let destinationID, let waiting, let reason):
      let verb = waiting == 1 ? "waits" : "wait"
      return "\(journeyID): delivery to \(destinationID) failed; "
        + "\(plural(waiting, "activation")) \(verb) for the next run: \(reason)"
    }
  }

  /// "scheduled", "run now", "full run", "simulated".
  public static func runType(_ type: RunRecord.RunType) -> String {
    switch type {
    case .scheduled: return "scheduled"
    case .runNow: return "run now"
    case .fullRun: return "full run"
    case .simulated: return "simulated"
    }
  }

  /// When the next run is, in words.
  public static func text(_ next: NextRun) -> String {
    switch next {
    case .at(let time): return "next at \(TimestampFormatter.iso8601(time))"
    case .manual: return "the schedule is manual: run it with --now or --full"
    case .whenSomethingHappens: return "it runs in real time, when something happens in the data"
    case .notWhile(let status): return "none while \(status)"
    }
  }

  /// "welcome v2 scheduled 2026-12-03T10:00:00Z".
  private static func head(_ run: RunSummary) -> String {
    "\(run.journeyID) v\(run.version) \(runType(run.runType)) "
      + TimestampFormatter.iso8601(run.runAt)
  }

  /// "entered 3, exited 1 (step removed 1), completed 0, activations 2 (email 2)".
  private static func counts(_ run: RunSummary) -> String {
    "entered \(run.entered), exited \(run.exitedCount)" + detail(run.exited)
      + ", completed \(run.completed), activations \(run.activationCount)"
      + detail(run.activations)
  }

  /// " (email 2, crm 1)" for the non-zero counts; "" when there are none.
  private static func detail(_ counts: [NamedCount]) -> String {
    let shown = counts.filter { $0.count > 0 }.map { "\($0.name) \($0.count)" }
    return shown.isEmpty ? "" : " (" + shown.joined(separator: ", ") + ")"
  }

  /// "1 activation", "2 activations".
  static func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }
}
