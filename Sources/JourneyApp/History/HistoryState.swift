import JourneyStore

/// The run history screen: one journey's recorded runs, newest first, the highlighted run,
/// and the step counts of the run opened with Enter.
struct HistoryState {
  /// The journey's id.
  let journeyID: String
  /// The journey's name, for the header.
  let journeyName: String
  /// The step ids in the journey's order, so step counts follow the canvas.
  let stepOrder: [String]
  /// Where Esc goes back to.
  let returnTo: Screen
  /// The runs, newest first; empty while loading.
  var runs: [RunRecord] = []
  /// True until the runs are read.
  var loading = true
  /// Why the history cannot be read, if it cannot.
  var error: String?
  /// The highlighted run.
  var selection = 0
  /// The first run shown.
  var offset = 0
  /// The run whose step counts are shown, if one is.
  var detail: RunRecord?

  /// The highlighted run, if any.
  var selectedRun: RunRecord? {
    runs.indices.contains(selection) ? runs[selection] : nil
  }
}
