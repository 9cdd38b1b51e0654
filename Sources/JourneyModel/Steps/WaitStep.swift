/// A Wait step: holds contacts for a duration or until a weekday and time.
public struct WaitStep: Equatable, Sendable {
  /// How long, or until when; nil while not configured (a blocking error).
  public var mode: WaitMode?
  /// The step after the wait.
  public var next: StepID?

  /// Creates a wait.
  public init(mode: WaitMode?, next: StepID? = nil) {
    self.mode = mode
    self.next = next
  }
}

/// How a Wait decides when a contact moves on.
public enum WaitMode: Equatable, Sendable {
  /// A fixed time after arrival.
  case duration(TimeSpan)
  /// The first given weekday and time at or after arrival.
  case until(WeekdayTime)
}

/// A weekday and wall time, as typed: kept as text so that a wrong value can be shown and fixed.
public struct WeekdayTime: Equatable, Sendable {
  /// The weekday as typed ("monday").
  public var weekday: String
  /// The time as typed ("09:00").
  public var time: String
  /// Whose time zone the wall time is read in.
  public var zone: WaitZone

  /// Creates a weekday and time.
  public init(weekday: String, time: String, zone: WaitZone = .journey) {
    self.weekday = weekday
    self.time = time
    self.zone = zone
  }

  /// The weekday, when the text names one.
  public var parsedWeekday: Weekday? { Weekday(text: weekday) }
  /// The time, when the text is a valid HH:MM.
  public var parsedTime: TimeOfDay? { TimeOfDay(text: time) }
}

/// The time zone a weekday wait uses.
public enum WaitZone: Equatable, Sendable {
  /// The journey's time zone.
  case journey
  /// The contact's own zone, read from a profile field holding an IANA name; contacts
  /// without one use the journey's.
  case contact(field: String)
}
