import Foundation
import JourneyModel
import TerminalKit

/// The terminal application: turns terminal events into state changes and draws the state
/// into a cell buffer. It never touches the terminal itself; `AppRunner` connects the two.
public final class App {
  /// Everything on screen.
  var state: AppState
  /// Files, clock, theme hook and log.
  let environment: AppEnvironment
  /// The keys of every action.
  var bindings: KeyBindings
  /// Work running off the UI thread: the live simulation and the run history reader.
  var workers = BackgroundWorkers()

  /// Creates the application on the journeys list of `environment.workspace`.
  public init(environment: AppEnvironment, size: Size, settings: AppSettings = AppSettings()) {
    self.environment = environment
    let hub = environment.workspace.hub
    let entries = JourneyCatalog.entries(
      environment.workspace, validator: Validator(hub: hub))
    let display = DisplayOptions(
      ascii: settings.ascii, mouse: settings.mouse, themeName: settings.themeName)
    state = AppState(
      size: size, hub: hub, list: JourneyListState(entries: entries), display: display)
    bindings = KeyBindings(remaps: settings.keyRemaps)
    if !settings.startupWarnings.isEmpty {
      flash(settings.startupWarnings.joined(separator: "; "), .error)
    }
  }

  // MARK: - Events

  /// Handles one terminal event and says what must happen next.
  public func handle(_ event: KeyEvent) -> Reaction {
    var reaction: Reaction
    switch event {
    case .resize(let size):
      state.size = size
      reaction = .relayout
    case .mouse(let mouse):
      reaction = handleMouse(mouse)
    case .unknown:
      reaction = .none
    case .key(let key):
      reaction = handleKey(key)
    }
    reaction = settleBackgroundWork(after: reaction)
    keepSelectionsInView()
    return reaction
  }

  /// Lets time pass: expires the flash message. Returns `.redraw` when the screen changed.
  public func tick() -> Reaction {
    let reaction = tickBackgroundWork()
    guard let flash = state.flash, flash.isExpired(at: environment.now()) else { return reaction }
    state.flash = nil
    return .redraw
  }

  /// Draws the whole screen.
  public func render() -> CellBuffer {
    Renderer(state: state, bindings: bindings, now: environment.now()).draw()
  }

  /// True when the open journey has changes not saved to its file.
  public var hasUnsavedChanges: Bool { state.editor?.isDirty ?? false }

  private func handleKey(_ key: Key) -> Reaction {
    if Layout(state).isTooSmall {
      let quits = key == .character("q") || key == .ctrl("c")
      return quits && !hasUnsavedChanges ? .quit : .none
    }
    switch state.mode {
    case .normal: break
    case .prompt(let prompt): return handlePromptKey(key, prompt)
    case .dialog(let dialog): return handleDialogKey(key, dialog)
    case .picker(let picker): return handlePickerKey(key, picker)
    case .help(let help): return handleHelpKey(key, help)
    case .simulationSetup(let form): return handleSetupKey(key, form)
    }

    guard let action = bindings.action(for: key, in: state.scopes) else { return .none }
    environment.logger.log(.debug, "keys", "action", [.action: action.rawValue, .key: key.name])
    return run(action)
  }

  /// Runs `action` when it is available, else says why not in the flash line.
  func run(_ action: Action) -> Reaction {
    if let reason = ActionTable.spec(action).unavailable(state) {
      flash(reason, .warning)
      return .redraw
    }
    return perform(action)
  }

  // MARK: - Dispatch

  private func perform(_ action: Action) -> Reaction {
    switch action {
    case .help, .quit, .commandLine, .cancel, .nextPane, .previousPane, .redrawScreen:
      return performGeneral(action)
    case .moveUp, .moveDown, .moveLeft, .moveRight, .moveTop, .moveBottom, .pageUp, .pageDown,
      .halfPageUp, .halfPageDown:
      return performMove(action)
    case .openJourney, .createJourney, .duplicateJourney, .renameJourney, .deleteJourney,
      .cycleSort, .filterList:
      return performList(action)
    case .save, .undo, .redo, .closeJourney, .focusCanvas, .focusInspector, .focusProblems,
      .toggleProblems, .nextProblem, .previousProblem, .searchSteps, .searchNext,
      .searchPrevious:
      return performEditor(action)
    case .addStep, .insertStep, .deleteStep, .editStep, .cutStep, .pasteStep, .toggleCollapse,
      .moveGroupUp, .moveGroupDown:
      return performCanvas(action)
    case .editField, .toggleField, .removeItem, .moveItemUp, .moveItemDown:
      return performInspector(action)
    case .goToProblem:
      return goToProblem()
    case .publish: return startTransition(.publish)
    case .resume: return startTransition(.resume)
    case .pause: return pauseJourney()
    case .simulate, .playPause, .stepRun, .runUntil, .faster, .slower, .restartSimulation,
      .followContact, .followFromStep, .cycleSimulationView, .compareVersions, .scrollPanelUp,
      .scrollPanelDown, .leaveSimulation:
      return performSimulation(action)
    case .openHistory, .showRunSteps, .closeHistory:
      return performHistory(action)
    }
  }

  private func performGeneral(_ action: Action) -> Reaction {
    switch action {
    case .help:
      state.mode = .help(HelpState(current: state.scopes))
    case .quit:
      return leave(.quit)
    case .commandLine:
      state.mode = .prompt(Prompt(.command, label: ":"))
    case .cancel:
      return cancel()
    case .nextPane:
      cycleFocus(by: 1)
    case .previousPane:
      cycleFocus(by: -1)
    default:
      return .relayout
    }
    return .redraw
  }

  private func cancel() -> Reaction {
    if state.screen == .editor, state.focus != .canvas {
      state.focus = .canvas
    } else if state.search != nil {
      state.search = nil
    } else if state.flash != nil {
      state.flash = nil
    } else if state.screen == .list, !state.list.filter.isEmpty {
      state.list.setFilter("")
    } else {
      return .none
    }
    return .redraw
  }

  private func cycleFocus(by delta: Int) {
    let panes: [Pane] = [.canvas, .inspector, .problems]
    let index = panes.firstIndex(of: state.focus) ?? 0
    state.focus = panes[(index + delta + panes.count) % panes.count]
  }

  // MARK: - Messages

  /// Shows `text` in the flash line.
  func flash(_ text: String, _ severity: FlashMessage.Severity = .info) {
    state.flash = FlashMessage(text, severity: severity, postedAt: environment.now())
  }

  // MARK: - Scrolling

  /// Scrolls every pane so its selection shows.
  func keepSelectionsInView() {
    let layout = Layout(state)
    state.list.scroll(height: max(layout.list.height - 1, 0))
    guard var editor = state.editor else { return }
    editor.scrollCanvas(height: Layout.inner(layout.canvas).height)
    let rows = state.inspectorRows.count
    editor.inspectorIndex = min(editor.inspectorIndex, max(rows - 1, 0))
    editor.inspectorOffset = Scrolling.offset(
      current: editor.inspectorOffset, selected: editor.inspectorIndex, count: rows,
      height: InspectorView.listHeight(in: layout.inspector, state: state))
    editor.problemsOffset = Scrolling.offset(
      current: editor.problemsOffset, selected: editor.problemIndex,
      count: editor.problems.count, height: Layout.inner(layout.problems).height)
    state.editor = editor
  }

  /// The number of rows the focused pane shows, for paging.
  func visibleRows() -> Int {
    let layout = Layout(state)
    switch state.focus {
    case .list: return max(layout.list.height - 1, 1)
    case .canvas: return max(Layout.inner(layout.canvas).height, 1)
    case .inspector: return max(InspectorView.listHeight(in: layout.inspector, state: state), 1)
    case .problems: return max(Layout.inner(layout.problems).height, 1)
    }
  }
}
