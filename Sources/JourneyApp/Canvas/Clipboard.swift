import JourneyModel

/// Steps cut from a journey: the root of the subtree first, then every step below it.
struct Clipboard: Sendable {
  /// The steps, root first.
  var steps: [Step]

  /// The first step.
  var root: Step? { steps.first }
}
