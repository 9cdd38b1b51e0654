import JourneyModel
import JourneyStore
import TerminalKit

extension App {
  /// Runs an action of the run history.
  func performHistory(_ action: Action) -> Reaction {
    switch action {
    case .openHistory: return openHistory()
    case .showRunSteps: return toggleRunSteps()
    default: return closeHistory()
    }
  }

  /// Opens the run history of the open journey, or of the one selected on the list.
  private func openHistory() -> Reaction {
    let journey = state.screen == .editor ? state.editor?.journey : state.list.selected?.journey
    guard let journey else { return .none }
    let canvas = CanvasOrder(journey: journey)
    let order = journey.steps.map(\.id).sorted { canvas.key(.step($0)) < canvas.key(.step($1)) }
    state.history = HistoryState(
      journeyID: journey.id, journeyName: journey.name, stepOrder: order,
      returnTo: state.screen)
    state.screen = .history
    let loader = HistoryLoader(mode: environment.work)
    workers.history = loader
    loader.load(journeyID: journey.id, workspace: environment.workspace.root)
    return .redraw
  }

  private func toggleRunSteps() -> Reaction {
    guard var history = state.history else { return .none }
    history.detail = history.detail == nil ? history.selectedRun : nil
    state.history = history
    return .redraw
  }

  private func closeHistory() -> Reaction {
    guard var history = state.history else { return .none }
    if history.detail != nil {
      history.detail = nil
      state.history = history
      return .redraw
    }
    state.screen = history.returnTo == .editor && state.editor != nil ? .editor : .list
    state.focus = state.screen == .editor ? .canvas : .list
    state.history = nil
    workers.history = nil
    return .redraw
  }

  /// Moves the highlighted run.
  func moveHistory(_ action: Action) -> Reaction {
    guard var history = state.history, !history.runs.isEmpty else { return .none }
    let page = max(Layout(state).list.height - 3, 1)
    let last = history.runs.count - 1
    switch action {
    case .moveUp: history.selection -= 1
    case .moveDown: history.selection += 1
    case .moveTop: history.selection = 0
    case .moveBottom: history.selection = last
    case .pageUp: history.selection -= page
    case .pageDown: history.selection += page
    case .halfPageUp: history.selection -= max(page / 2, 1)
    case .halfPageDown: history.selection += max(page / 2, 1)
    default: return .none
    }
    history.selection = min(max(history.selection, 0), last)
    history.offset = Scrolling.offset(
      current: history.offset, selected: history.selection, count: history.runs.count,
      height: page)
    if history.detail != nil { history.detail = history.selectedRun }
    state.history = history
    return .redraw
  }

  /// Applies what the history reader posted.
  func apply(_ update: HistoryLoader.Update) {
    guard var history = state.history else { return }
    switch update {
    case .runs(let runs):
      history.runs = runs
    case .failed(let reason):
      history.error = reason
    }
    history.loading = false
    state.history = history
    workers.history = nil
  }
}
