/// One contact's saved place in a live journey.
public struct LiveContact: Equatable, Sendable {
  /// Where a contact stands with the journey.
  public enum Status: String, CaseIterable, Equatable, Sendable {
    /// Not in the journey now and never entered (its next entry may be constrained).
    case outside
    /// In the journey now, on a step.
    case inside
    /// Completed or exited.
    case left
  }

  /// The contact's id.
  public var contactID: String

  /// Outside, inside or left.
  public var status: Status

  /// The step it is on, when inside (nil while its removed step waits to be noticed).
  public var stepID: String?

  /// Its arrival time at that step (seconds since 1970).
  public var arrival: Int64

  /// When it last entered the journey.
  public var entryTime: Int64

  /// Rules count towards its next entry from this moment on.
  public var qualifyFrom: Int64

  /// How many times it entered.
  public var entries: Int

  /// A contact's place.
  public init(
    contactID: String, status: Status, stepID: String?, arrival: Int64, entryTime: Int64,
    qualifyFrom: Int64, entries: Int
  ) {
    self.contactID = contactID
    self.status = status
    self.stepID = stepID
    self.arrival = arrival
    self.entryTime = entryTime
    self.qualifyFrom = qualifyFrom
    self.entries = entries
  }
}
