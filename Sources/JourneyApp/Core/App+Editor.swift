import JourneyModel
import TerminalKit

extension App {
  /// Runs an action that works in every pane of the editor.
  func performEditor(_ action: Action) -> Reaction {
    switch action {
    case .save:
      save()
      return .redraw
    case .undo:
      return undoRedo(undo: true)
    case .redo:
      return undoRedo(undo: false)
    case .closeJourney:
      return leave(.closeJourney)
    case .focusCanvas:
      state.focus = .canvas
    case .focusInspector:
      state.focus = .inspector
    case .focusProblems:
      state.focus = .problems
    case .toggleProblems:
      toggleProblems()
    case .nextProblem:
      return jumpToProblem(forward: true)
    case .previousProblem:
      return jumpToProblem(forward: false)
    case .searchSteps:
      state.mode = .prompt(
        Prompt(
          .searchSteps, label: "/", text: "", placeholder: "step name, summary or id"))
    case .searchNext:
      return searchAgain(forward: true)
    default:
      return searchAgain(forward: false)
    }
    return .redraw
  }

  private func toggleProblems() {
    guard var editor = state.editor else { return }
    if Layout(state).isWide {
      editor.showProblems.toggle()
      if !editor.showProblems, state.focus == .problems { state.focus = .canvas }
    } else {
      state.focus = state.focus == .problems ? .canvas : .problems
    }
    state.editor = editor
  }

  /// Selects the next (or previous) step with a problem below (or above) the selection, in
  /// canvas order, wrapping around; the flash line says what is wrong there.
  private func jumpToProblem(forward: Bool) -> Reaction {
    guard var editor = state.editor else { return .none }
    let order = CanvasOrder(journey: editor.journey)
    let here = order.key(editor.selection)
    let located = editor.problems.enumerated().compactMap { item -> (Int, CanvasTarget)? in
      problemTarget(item.element, in: editor.journey).map { (item.offset, $0) }
    }.sorted { order.key($0.1) < order.key($1.1) }
    guard !located.isEmpty else { return .none }

    let pick =
      forward
      ? located.first { order.key($0.1) > here } ?? located[0]
      : located.last { order.key($0.1) < here } ?? located[located.count - 1]
    let sameRow = located.filter { $0.1 == pick.1 }
    let first = sameRow.first ?? pick
    editor.problemIndex = first.0
    editor.reveal(first.1, validator: state.validator)
    state.editor = editor

    let problem = editor.problems[first.0]
    let more = sameRow.count > 1 ? " (+\(sameRow.count - 1) more here)" : ""
    flash(problem.message + more, problem.isError ? .error : .warning)
    return .redraw
  }

  /// Selects the step of the highlighted problem and moves the focus to the canvas.
  func goToProblem() -> Reaction {
    guard var editor = state.editor, editor.problems.indices.contains(editor.problemIndex)
    else { return .none }
    let problem = editor.problems[editor.problemIndex]
    if let target = problemTarget(problem, in: editor.journey) {
      editor.reveal(target, validator: state.validator)
    }
    state.editor = editor
    state.focus = .canvas
    return .redraw
  }

  /// The canvas row a problem is about: its empty path, its step, or Start.
  func problemTarget(_ problem: Problem, in journey: Journey) -> CanvasTarget? {
    guard let id = problem.stepID ?? journey.start?.id else { return nil }
    if let label = ProblemLocation.pathLabel(problem.field),
      journey.step(id)?.paths.contains(where: { $0.label == label && $0.target == nil }) == true
    {
      return .emptyPath(parent: id, label: label)
    }
    return .step(id)
  }

  /// Starts a search for `query` from the selection.
  func search(_ query: String) -> Reaction {
    guard !query.isEmpty else {
      state.search = nil
      return .redraw
    }
    state.search = StepSearch(query: query)
    return searchAgain(forward: true)
  }

  private func searchAgain(forward: Bool) -> Reaction {
    guard var editor = state.editor, let search = state.search else { return .none }
    guard
      let id = search.next(
        after: editor.selection.stepID, in: editor.journey, forward: forward)
    else {
      flash("no step matches \"\(search.query)\"", .warning)
      return .redraw
    }
    editor.reveal(.step(id), validator: state.validator)
    state.editor = editor
    let matches = search.matchingSteps(in: editor.journey)
    let position = (matches.firstIndex(of: id) ?? 0) + 1
    flash("match \(position) of \(matches.count) for \"\(search.query)\"")
    return .redraw
  }
}
