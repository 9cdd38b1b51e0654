/// One line of a contact's history in a live journey: a run put it on a step, or it left.
public struct LiveMove: Equatable, Sendable {
  /// The contact's id.
  public var contactID: String

  /// The history id of the run that made the move (0 before it is stored).
  public var runID: Int64

  /// Inside (on `stepID`) or left.
  public var status: LiveContact.Status

  /// The step reached, when inside.
  public var stepID: String?

  /// The moment of the move: the arrival at the step, or the moment it left.
  public var at: Int64

  /// Why it left, when known ("step removed").
  public var reason: String?

  /// A move.
  public init(
    contactID: String, runID: Int64 = 0, status: LiveContact.Status, stepID: String?,
    at: Int64, reason: String? = nil
  ) {
    self.contactID = contactID
    self.runID = runID
    self.status = status
    self.stepID = stepID
    self.at = at
    self.reason = reason
  }
}
