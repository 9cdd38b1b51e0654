import JourneyStore
import TextFormats

/// One activation as live runs deliver it: which contact went to which destination, from
/// which step and version, when it reached the step and which run sent it.
///
/// Its id is stable: the same activation has the same id on every delivery attempt, so a
/// receiver can tell a retried delivery apart.
public struct ActivationRecord: Equatable, Sendable {
  /// The stable id.
  public let id: String
  /// The journey's id.
  public let journeyID: String
  /// The published version that ran.
  public let version: Int
  /// The contact's id.
  public let contactID: String
  /// The destination's id.
  public let destinationID: String
  /// The Activate step's id.
  public let stepID: String
  /// When the contact logically reached the step (seconds since 1970).
  public let arrival: Int64
  /// The run that sent it (seconds since 1970).
  public let runAt: Int64

  /// An activation; its id follows from the journey, version, contact, step, destination
  /// and arrival.
  public init(
    journeyID: String, version: Int, contactID: String, destinationID: String,
    stepID: String, arrival: Int64, runAt: Int64
  ) {
    id = StableID.of([
      journeyID, String(version), contactID, stepID, destinationID, String(arrival),
    ])
    self.journeyID = journeyID
    self.version = version
    self.contactID = contactID
    self.destinationID = destinationID
    self.stepID = stepID
    self.arrival = arrival
    self.runAt = runAt
  }

  /// The column names of the CSV form, in order.
  public static let csvHeader = [
    "id", "journey", "version", "contact", "destination", "step", "arrival", "run_at",
  ]

  /// The JSON form: one object on one line, members in the order of `csvHeader`.
  public var json: String {
    JSONText.object([
      ("id", JSONText.quoted(id)), ("journey", JSONText.quoted(journeyID)),
      ("version", String(version)), ("contact", JSONText.quoted(contactID)),
      ("destination", JSONText.quoted(destinationID)), ("step", JSONText.quoted(stepID)),
      ("arrival", JSONText.quoted(TimestampFormatter.iso8601(arrival))),
      ("runAt", JSONText.quoted(TimestampFormatter.iso8601(runAt))),
    ])
  }

  /// The CSV fields, in the order of `csvHeader`.
  public var csvFields: [String] {
    [
      id, journeyID, String(version), contactID, destinationID, stepID,
      TimestampFormatter.iso8601(arrival), TimestampFormatter.iso8601(runAt),
    ]
  }

  /// The record for the outbox.
  var outboxEntry: NewActivation {
    NewActivation(activationID: id, destinationID: destinationID, payload: json)
  }
}
