/// When a journey runs next.
public enum NextRun: Sendable, Equatable {
  /// At this moment (seconds since 1970).
  case at(Int64)
  /// Only when run by hand: the schedule is manual.
  case manual
  /// In real time, once something happens in the data; nothing is due now.
  case whenSomethingHappens
  /// Never: the journey is a Draft or Paused.
  case notWhile(String)
}
