/// What `journey run` is asked to do for a journey.
public enum RunRequest: Sendable, Equatable {
  /// Every run the schedule has due, each at its own time, oldest first.
  case due
  /// The runs due before now, then one Run now at the current time.
  case now
  /// The runs due before now, then one Full run at the current time: it also admits every
  /// contact that qualifies now and may enter, without touching those already inside.
  case full
}
