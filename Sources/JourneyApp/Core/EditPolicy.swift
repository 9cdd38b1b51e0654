import JourneyModel

/// Whether the open journey may be changed, by its lifecycle state.
enum EditPolicy {
  /// Nil when `journey` can be edited, else why not and what to do.
  static func refusal(for journey: Journey) -> String? {
    Lifecycle.editRefusal(journey).map { "\($0) (:pause)" }
  }
}
