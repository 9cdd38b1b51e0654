import JourneyModel

/// One line of the canvas: a step or an empty path, with the tree lines before it.
struct CanvasRow: Hashable, Sendable {
  /// What the row stands for.
  var target: CanvasTarget
  /// The tree lines drawn before the row's text ("│  ├─ ").
  var prefix: String
  /// The branch label of a Segment group or Pause Until path that starts here.
  var branchLabel: String?
  /// For a folded Segment or Pause Until: how many steps its branches hide.
  var hiddenSteps: Int
}
