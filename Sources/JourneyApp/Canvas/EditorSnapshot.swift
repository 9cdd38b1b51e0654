import JourneyModel

/// A journey as it was before a change, with the selection at the time: one undo step.
struct EditorSnapshot: Sendable {
  /// The journey.
  var journey: Journey
  /// The selected canvas row.
  var selection: CanvasTarget
}
