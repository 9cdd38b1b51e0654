import TerminalKit

/// The one table of actions. Dispatch, the footer, the help overlay and `docs/KEYS.md` all
/// read it, so a key is defined, shown and documented in exactly one place.
enum ActionTable {
  /// Every action's row, in the order help lists them within a scope.
  static let specs: [ActionSpec] =
    general + moving + journeys + editor + canvas + inspector
    + problems + lifecycle + simulationSpecs + historySpecs

  /// The row of `action`.
  static func spec(_ action: Action) -> ActionSpec {
    specsByAction[action] ?? ActionSpec(action, .global, keys: [], help: action.rawValue)
  }

  private static let specsByAction: [Action: ActionSpec] = Dictionary(
    specs.map { ($0.action, $0) }, uniquingKeysWith: { first, _ in first })

  private static let general: [ActionSpec] = [
    ActionSpec(
      .help, .global, keys: [.character("?")], label: "help",
      help: "Show every key, the current pane's first; type to filter."),
    ActionSpec(
      .quit, .global, keys: [.character("q"), .ctrl("c")], label: "quit",
      help: "Quit the program; asks first when a journey has unsaved changes."),
    ActionSpec(
      .commandLine, .global, keys: [.character(":")], label: "command",
      help: "Type a command: :w :q :q! :wq :publish :pause :resume :validate :theme NAME."),
    ActionSpec(
      .cancel, .global, keys: [.escape],
      help: "Back out of anything transient: a search, the inspector, a message."),
    ActionSpec(
      .nextPane, .editor, keys: [.tab],
      help: "Move the focus to the next pane: canvas, inspector, problems.",
      unavailable: Availability.editor),
    ActionSpec(
      .previousPane, .editor, keys: [.backTab],
      help: "Move the focus to the previous pane.", unavailable: Availability.editor),
    ActionSpec(
      .redrawScreen, .global, keys: [.ctrl("l")],
      help: "Paint the whole screen again."),
  ]

  private static let moving: [ActionSpec] = [
    ActionSpec(.moveUp, .global, keys: [.up, .character("k")], help: "Select the row above."),
    ActionSpec(
      .moveDown, .global, keys: [.down, .character("j")],
      help: "Select the row below."),
    ActionSpec(
      .moveLeft, .canvas, keys: [.left, .character("h")],
      help: "Select the step this one follows (its parent).",
      unavailable: Availability.parent),
    ActionSpec(
      .moveRight, .canvas, keys: [.right, .character("l")],
      help: "Select the first step after this one.", unavailable: Availability.child),
    ActionSpec(
      .moveTop, .global, keys: [.character("g"), .home],
      help: "Select the first row."),
    ActionSpec(
      .moveBottom, .global, keys: [.character("G"), .end],
      help: "Select the last row."),
    ActionSpec(.pageUp, .global, keys: [.pageUp], help: "Move one page up."),
    ActionSpec(.pageDown, .global, keys: [.pageDown], help: "Move one page down."),
    ActionSpec(.halfPageUp, .global, keys: [.ctrl("u")], help: "Move half a page up."),
    ActionSpec(.halfPageDown, .global, keys: [.ctrl("d")], help: "Move half a page down."),
  ]

  private static let journeys: [ActionSpec] = [
    ActionSpec(
      .openJourney, .list, keys: [.enter], label: "open",
      help: "Open the selected journey on the canvas.", unavailable: Availability.readable),
    ActionSpec(
      .createJourney, .list, keys: [.character("a")], label: "new",
      help: "Create a draft journey with a Start and a Stop; asks for its name."),
    ActionSpec(
      .duplicateJourney, .list, keys: [.character("c")], label: "copy",
      help: "Copy the selected journey as a new draft; asks for the copy's name.",
      unavailable: Availability.readable),
    ActionSpec(
      .renameJourney, .list, keys: [.character("r")], label: "rename",
      help: "Rename the selected journey (its id and file stay).",
      unavailable: Availability.renamable),
    ActionSpec(
      .deleteJourney, .list, keys: [.character("d")], label: "delete",
      help: "Delete the selected journey's file.", destructive: true,
      unavailable: Availability.listSelection),
    ActionSpec(
      .cycleSort, .list, keys: [.character("s")], label: "sort",
      help: "Sort by the next column: name, status, last updated."),
    ActionSpec(
      .filterList, .list, keys: [.character("/")], label: "filter",
      help: "Show only journeys whose name or id contains the text typed."),
  ]

  private static let editor: [ActionSpec] = [
    ActionSpec(
      .save, .editor, keys: [.ctrl("s")], label: "save",
      help: "Save the journey file (also :w).", unavailable: Availability.editor),
    ActionSpec(
      .undo, .editor, keys: [.character("u")], label: "undo",
      help: "Undo the last change; every change can be undone.",
      unavailable: Availability.undo),
    ActionSpec(
      .redo, .editor, keys: [.ctrl("r")],
      help: "Redo the last change undone.", unavailable: Availability.redo),
    ActionSpec(
      .closeJourney, .editor, keys: [.character("q")], label: "close",
      help: "Close the journey and go back to the list; asks when there are unsaved changes.",
      unavailable: Availability.editor),
    ActionSpec(
      .focusCanvas, .editor, keys: [.character("1")],
      help: "Move the focus to the canvas.", unavailable: Availability.editor),
    ActionSpec(
      .focusInspector, .editor, keys: [.character("2")],
      help: "Move the focus to the inspector.", unavailable: Availability.editor),
    ActionSpec(
      .focusProblems, .editor, keys: [.character("3")],
      help: "Move the focus to the problems pane.", unavailable: Availability.editor),
    ActionSpec(
      .toggleProblems, .editor, keys: [.character("!")],
      help: "Show or hide the problems pane.", unavailable: Availability.editor),
    ActionSpec(
      .nextProblem, .editor, keys: [.character("]")], label: "next problem",
      help: "Select the step of the next validation problem.",
      unavailable: Availability.problems),
    ActionSpec(
      .previousProblem, .editor, keys: [.character("[")],
      help: "Select the step of the previous validation problem.",
      unavailable: Availability.problems),
    ActionSpec(
      .searchSteps, .editor, keys: [.character("/")], label: "search",
      help: "Search steps by name, summary or id."),
    ActionSpec(
      .searchNext, .editor, keys: [.character("n")],
      help: "Select the next step matching the search.", unavailable: Availability.search),
    ActionSpec(
      .searchPrevious, .editor, keys: [.character("N")],
      help: "Select the previous step matching the search.",
      unavailable: Availability.search),
  ]

  private static let canvas: [ActionSpec] = [
    ActionSpec(
      .addStep, .canvas, keys: [.character("a")], label: "add",
      help: "Add a step after the selection, or on the selected empty path.",
      unavailable: Availability.addAfter),
    ActionSpec(
      .insertStep, .canvas, keys: [.character("i")],
      help: "Insert a step before the selection, on the path that leads to it.",
      unavailable: Availability.insertBefore),
    ActionSpec(
      .deleteStep, .canvas, keys: [.character("d"), .delete], label: "delete",
      help: "Delete the selected step and the steps after it.",
      destructive: true, unavailable: Availability.removableStep),
    ActionSpec(
      .editStep, .canvas, keys: [.character("e"), .enter], label: "edit",
      help: "Edit the selected step in the inspector.", unavailable: Availability.editStep),
    ActionSpec(
      .cutStep, .canvas, keys: [.character("x")], label: "cut",
      help: "Cut the selected step and the steps after it, to paste elsewhere.",
      unavailable: Availability.removableStep),
    ActionSpec(
      .pasteStep, .canvas, keys: [.character("p")], label: "paste",
      help: "Paste the cut steps after the selection or on the selected empty path.",
      unavailable: Availability.paste),
    ActionSpec(
      .toggleCollapse, .canvas, keys: [.character(" ")], label: "fold",
      help: "Fold or unfold the branches of the selected Segment or Pause Until.",
      unavailable: Availability.collapse),
    ActionSpec(
      .moveGroupUp, .canvas, keys: [.character("K")],
      help: "Move the Segment group that holds the selection up.",
      unavailable: Availability.groupUp),
    ActionSpec(
      .moveGroupDown, .canvas, keys: [.character("J")],
      help: "Move the Segment group that holds the selection down.",
      unavailable: Availability.groupDown),
  ]

  private static let inspector: [ActionSpec] = [
    ActionSpec(
      .editField, .inspector, keys: [.enter, .character("e")], label: "edit",
      help: "Edit the selected field: type a value or choose one.",
      unavailable: Availability.editField),
    ActionSpec(
      .toggleField, .inspector, keys: [.character(" ")], label: "toggle",
      help: "Flip the selected on/off field.", unavailable: Availability.toggleField),
    ActionSpec(
      .removeItem, .inspector, keys: [.character("d"), .delete], label: "remove",
      help: "Remove the selected item from its list.", destructive: true,
      unavailable: Availability.removeItem),
    ActionSpec(
      .moveItemUp, .inspector, keys: [.character("K")],
      help: "Move the selected item up its list.", unavailable: Availability.itemUp),
    ActionSpec(
      .moveItemDown, .inspector, keys: [.character("J")],
      help: "Move the selected item down its list.", unavailable: Availability.itemDown),
  ]

  private static let problems: [ActionSpec] = [
    ActionSpec(
      .goToProblem, .problems, keys: [.enter], label: "go to step",
      help: "Select the step of the highlighted problem on the canvas.",
      unavailable: Availability.problemSelection)
  ]

  private static let lifecycle: [ActionSpec] = [
    ActionSpec(
      .publish, .editor, keys: [.character("P")], label: "publish",
      help: "Publish a Draft through the checklist: errors block, warnings need an OK.",
      destructive: true, unavailable: Availability.publish),
    ActionSpec(
      .pause, .editor, keys: [.character("Z")], label: "pause",
      help: "Pause an Active journey so it can be changed.", unavailable: Availability.pause),
    ActionSpec(
      .resume, .editor, keys: [.character("R")], label: "resume",
      help: "Resume a Paused journey through the checklist.", destructive: true,
      unavailable: Availability.resume),
  ]
}
