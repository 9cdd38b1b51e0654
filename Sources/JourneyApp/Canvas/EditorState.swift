import Foundation
import JourneyModel

/// A journey open on the canvas: the document, its problems, the canvas rows, the
/// selection in each pane, and the undo history.
struct EditorState {
  /// The journey's file.
  let url: URL
  /// The journey as edited.
  private(set) var journey: Journey
  /// The journey as last saved (or loaded), to tell whether there are unsaved changes.
  private(set) var savedJourney: Journey
  /// The validation problems of `journey`, in the validator's order.
  private(set) var problems: [Problem] = []
  /// The canvas rows, top to bottom.
  private(set) var rows: [CanvasRow] = []
  /// The selected canvas row.
  private(set) var selection: CanvasTarget
  /// The first canvas row shown.
  var canvasOffset = 0
  /// Segment and Pause Until steps whose branches are folded.
  private(set) var collapsed: Set<StepID> = []
  /// Changes that can be undone, oldest first.
  private(set) var undoStack: [EditorSnapshot] = []
  /// Changes that were undone and can be redone, most recent last.
  private(set) var redoStack: [EditorSnapshot] = []
  /// The selected inspector row.
  var inspectorIndex = 0
  /// The first inspector row shown.
  var inspectorOffset = 0
  /// The selected problem.
  var problemIndex = 0
  /// The first problem shown.
  var problemsOffset = 0
  /// Whether the problems pane is shown.
  var showProblems: Bool
  /// The worst problem of each step, for the row markers.
  private(set) var stepMarkers: [StepID: ProblemSeverity] = [:]
  /// The worst problem of each empty path.
  private(set) var pathMarkers: [CanvasTarget: ProblemSeverity] = [:]
  private var rowIndex: [CanvasTarget: Int] = [:]
  private var ascii: Bool

  /// Opens `journey` read from `url`; `saved` is the file's content when they differ (after a
  /// recovery), else the journey itself.
  init(
    url: URL, journey: Journey, saved: Journey? = nil, validator: Validator, ascii: Bool,
    showProblems: Bool
  ) {
    self.url = url
    self.journey = journey
    self.savedJourney = saved ?? journey
    self.selection = .step(journey.start?.id ?? "")
    self.ascii = ascii
    self.showProblems = showProblems
    refresh(validator: validator)
  }

  /// True when the journey differs from the file.
  var isDirty: Bool { journey != savedJourney }

  /// The selected row's position in `rows`.
  var selectedRow: Int { rowIndex[selection] ?? 0 }

  /// The selected step, when a step (not an empty path) is selected.
  var selectedStep: Step? { selection.stepID.flatMap { journey.step($0) } }

  /// The position of `target`'s row, if it is shown.
  func row(of target: CanvasTarget) -> Int? { rowIndex[target] }

  // MARK: - Changing the journey

  /// Replaces the journey after an edit, keeping the previous one for undo.
  mutating func apply(_ changed: Journey, select target: CanvasTarget?, validator: Validator) {
    // TODO: each undo step copies the whole journey, so memory grows with edits times size.
    guard changed != journey else { return }
    undoStack.append(EditorSnapshot(journey: journey, selection: selection))
    redoStack.removeAll()
    journey = changed
    if let target { selection = target }
    refresh(validator: validator)
  }

  /// Goes back one change; false when there is none.
  mutating func undo(validator: Validator) -> Bool {
    guard let last = undoStack.popLast() else { return false }
    redoStack.append(EditorSnapshot(journey: journey, selection: selection))
    journey = last.journey
    selection = last.selection
    refresh(validator: validator)
    return true
  }

  /// Goes forward one undone change; false when there is none.
  mutating func redo(validator: Validator) -> Bool {
    guard let next = redoStack.popLast() else { return false }
    undoStack.append(EditorSnapshot(journey: journey, selection: selection))
    journey = next.journey
    selection = next.selection
    refresh(validator: validator)
    return true
  }

  /// Records that `saved` is now the file's content; `journey` becomes it too.
  mutating func markSaved(_ saved: Journey, validator: Validator) {
    savedJourney = saved
    journey = saved
    refresh(validator: validator)
  }

  /// Replaces journey and file content after a lifecycle change, which cannot be undone.
  mutating func replaceAfterLifecycle(_ changed: Journey, validator: Validator) {
    // TODO: publish, pause and resume clear the undo history, so older edits cannot be undone.
    undoStack.removeAll()
    redoStack.removeAll()
    markSaved(changed, validator: validator)
  }

  // MARK: - Selection and folding

  /// Selects `target` when it is shown; returns whether it was.
  @discardableResult
  mutating func select(_ target: CanvasTarget) -> Bool {
    guard rowIndex[target] != nil else { return false }
    selection = target
    inspectorIndex = 0
    inspectorOffset = 0
    return true
  }

  /// Selects the row at `index`, clamped.
  mutating func selectRow(_ index: Int) {
    guard !rows.isEmpty else { return }
    select(rows[min(max(index, 0), rows.count - 1)].target)
  }

  /// Unfolds every step above `target` so its row shows, then selects it.
  mutating func reveal(_ target: CanvasTarget, validator: Validator) {
    let stepID: StepID?
    switch target {
    case .step(let id): stepID = id
    case .emptyPath(let parent, _): stepID = parent
    }
    if let stepID, let tree = try? StepTree(journey) {
      var ancestors = tree.ancestry(of: stepID)
      if case .step = target { ancestors.removeLast() }
      let folded = collapsed.intersection(ancestors)
      if !folded.isEmpty {
        collapsed.subtract(folded)
        rebuildRows()
      }
    }
    select(target)
  }

  /// Folds or unfolds `id`'s branches.
  mutating func toggleCollapsed(_ id: StepID) {
    if collapsed.contains(id) {
      collapsed.remove(id)
    } else {
      collapsed.insert(id)
    }
    rebuildRows()
  }

  /// Scrolls the canvas so the selection is among `height` visible rows.
  mutating func scrollCanvas(height: Int) {
    canvasOffset = Scrolling.offset(
      current: canvasOffset, selected: selectedRow, count: rows.count, height: height)
  }

  /// Switches the tree's drawing characters.
  mutating func setASCII(_ ascii: Bool) {
    self.ascii = ascii
    rebuildRows()
  }

  // MARK: - Derived state

  private mutating func refresh(validator: Validator) {
    problems = validator.validate(journey)
    collapsed = collapsed.filter { journey.step($0) != nil }
    rebuildMarkers()
    rebuildRows()
    problemIndex = min(problemIndex, max(problems.count - 1, 0))
  }

  private mutating func rebuildRows() {
    rows = CanvasLayout.rows(journey, collapsed: collapsed, glyphs: .forMode(ascii: ascii))
    rowIndex = [:]
    for (index, row) in rows.enumerated() { rowIndex[row.target] = index }
    if rowIndex[selection] == nil { selection = fallbackSelection() }
  }

  /// The nearest shown row for a selection that disappeared: its folded ancestor, else Start.
  private func fallbackSelection() -> CanvasTarget {
    if let id = selection.stepID ?? parentOfPath(selection), let tree = try? StepTree(journey) {
      for ancestor in tree.ancestry(of: id).reversed() where rowIndex[.step(ancestor)] != nil {
        return .step(ancestor)
      }
    }
    return rows.first?.target ?? selection
  }

  private func parentOfPath(_ target: CanvasTarget) -> StepID? {
    if case .emptyPath(let parent, _) = target { return parent }
    return nil
  }

  private mutating func rebuildMarkers() {
    var steps: [StepID: ProblemSeverity] = [:]
    var paths: [CanvasTarget: ProblemSeverity] = [:]
    let startID = journey.start?.id
    for problem in problems {
      guard let id = problem.stepID ?? startID else { continue }
      steps[id] = worse(steps[id], problem.severity)
      if let label = ProblemLocation.pathLabel(problem.field) {
        let target = CanvasTarget.emptyPath(parent: id, label: label)
        paths[target] = worse(paths[target], problem.severity)
      }
    }
    stepMarkers = steps
    pathMarkers = paths
  }

  private func worse(_ old: ProblemSeverity?, _ new: ProblemSeverity) -> ProblemSeverity {
    old == .error || new == .error ? .error : .warning
  }
}
