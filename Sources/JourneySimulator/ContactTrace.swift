import JourneyEngine
import JourneyModel
import TextFormats

/// One contact's path through a simulated journey.
public struct ContactTrace: Sendable, Equatable {
  /// The contact's id.
  public let contactID: String
  /// The journey's id.
  public let journeyID: String
  /// What happened, in order.
  public let events: [TraceEvent]
  /// Where the contact stands now.
  public let status: ContactStatus
  /// The step it is on now, when inside.
  public let step: StepID?
  /// The journey's zone, in which times are written.
  public let zone: ZoneRules

  /// Creates a trace.
  public init(
    contactID: String, journeyID: String, events: [TraceEvent], status: ContactStatus,
    step: StepID?, zone: ZoneRules
  ) {
    self.contactID = contactID
    self.journeyID = journeyID
    self.events = events
    self.status = status
    self.step = step
    self.zone = zone
  }

  /// Where the contact stands, in words: "on step wait-1", "completed", "exited: exit rule",
  /// "never entered".
  public var standing: String {
    switch status {
    case .inside:
      return "on step \(step ?? "?")"
    case .outside:
      return "never entered"
    case .left:
      guard let last = events.last(where: { $0.kind == .completed || $0.kind == .exited }) else {
        return "left the journey"
      }
      if last.kind == .completed { return "completed" }
      return last.detail.isEmpty ? "exited" : "exited: \(last.detail)"
    }
  }
}
