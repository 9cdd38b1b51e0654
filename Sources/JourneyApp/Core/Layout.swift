import TerminalKit

/// Where each part of the screen goes at a given size.
///
/// The editor puts the inspector beside the canvas when the terminal is at least 100 columns
/// wide (with the problems pane under the inspector), and below the canvas otherwise (where
/// the problems pane takes the inspector's place while it has the focus).
struct Layout: Hashable, Sendable {
  /// The smallest terminal the application draws in.
  static let minimum = Size(width: 60, height: 16)
  /// The width from which the inspector goes beside the canvas.
  static let wideWidth = 100

  /// The whole screen.
  let screen: Rect
  /// The top line: where we are and the journey's state.
  let header: Rect
  /// The breadcrumb line (editor only; empty on the list).
  let breadcrumb: Rect
  /// The two lines of a simulation's clock and totals, under the breadcrumb (empty when no
  /// simulation is open).
  let simulationHeader: Rect
  /// The journeys table (list only).
  let list: Rect
  /// The canvas box (editor only).
  let canvas: Rect
  /// The inspector box (editor only; empty when hidden).
  let inspector: Rect
  /// The problems box (editor only; empty when hidden).
  let problems: Rect
  /// The status line: flash messages and prompts.
  let status: Rect
  /// The footer of key hints.
  let footer: Rect

  /// True when the terminal is below the minimum size.
  var isTooSmall: Bool { !screen.size.fits(Layout.minimum) }

  /// True when the inspector is beside the canvas.
  var isWide: Bool { screen.width >= Layout.wideWidth }

  /// The layout for `state`.
  init(_ state: AppState) {
    screen = Rect(size: state.size)
    let (top, belowHeader) = screen.splitTop(1)
    header = top
    let (footerRect, aboveFooter) = belowHeader.splitBottom(1)
    footer = footerRect
    let (statusRect, body) = aboveFooter.splitBottom(1)
    status = statusRect

    guard state.screen == .editor, let editor = state.editor else {
      breadcrumb = Rect(origin: body.origin, size: .zero)
      simulationHeader = breadcrumb
      list = body
      canvas = Rect(origin: body.origin, size: .zero)
      inspector = canvas
      problems = canvas
      return
    }
    list = Rect(origin: body.origin, size: .zero)
    let (crumb, belowCrumb) = body.splitTop(1)
    breadcrumb = crumb
    let (simulationRows, panes) = belowCrumb.splitTop(state.simulation == nil ? 0 : 2)
    simulationHeader = simulationRows
    let showProblems = editor.showProblems
    if screen.width >= Layout.wideWidth {
      let (left, right) = panes.splitLeft(panes.width * 55 / 100)
      canvas = left
      let wanted = min(max(editor.problems.count + 2, 4), right.height / 2)
      let problemsHeight = showProblems || state.focus == .problems ? wanted : 0
      let (bottom, rest) = right.splitBottom(problemsHeight)
      problems = bottom
      inspector = rest
    } else {
      let (bottom, rest) = panes.splitBottom(max(panes.height * 45 / 100, 6))
      canvas = rest
      let problemsShown = state.focus == .problems
      inspector = problemsShown ? Rect(origin: bottom.origin, size: .zero) : bottom
      problems = problemsShown ? bottom : Rect(origin: bottom.origin, size: .zero)
    }
  }

  /// The rows inside a box drawn on `rect`.
  static func inner(_ rect: Rect) -> Rect {
    rect.inset(by: 1)
  }
}
