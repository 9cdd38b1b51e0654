import JourneyModel

/// Short texts naming steps in breadcrumbs, dialogs and the canvas.
enum StepText {
  /// The step's own name, or its summary when it has none.
  static func title(_ step: Step) -> String {
    step.name.isEmpty ? StepSummary.text(of: step) : step.name
  }
}
