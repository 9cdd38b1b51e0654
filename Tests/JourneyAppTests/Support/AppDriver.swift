import Foundation
import JourneyModel
import TerminalKit

@testable import JourneyApp

/// Drives the application without a terminal: keys in, screen text out, at a fixed size and
/// a fixed clock.
final class AppDriver {
  /// 2026-12-01T12:00:00Z.
  static let fixedNow = Date(timeIntervalSince1970: 1_796_126_400)

  /// The application.
  let app: App
  /// The workspace it shows.
  let workspace: SampleWorkspace
  /// Themes applied with `:theme`, in order.
  private(set) var appliedThemes: [String] = []
  private let themeLog: ThemeLog

  /// Starts the application on `workspace` at `size`.
  init(
    _ workspace: SampleWorkspace, width: Int = 80, height: Int = 24,
    settings: AppSettings = AppSettings(), themesDirectory: URL? = nil
  ) throws {
    self.workspace = workspace
    let log = ThemeLog()
    themeLog = log
    let environment = AppEnvironment(
      workspace: try workspace.workspace(), now: { AppDriver.fixedNow },
      themesDirectory: themesDirectory, applyTheme: { log.names.append($0.name) })
    app = App(
      environment: environment, size: Size(width: width, height: height),
      settings: settings)
    _ = app.handle(.resize(Size(width: width, height: height)))
  }

  /// The names of the themes applied so far.
  var themes: [String] { themeLog.names }

  /// Presses keys given by name ("j", "enter", "ctrl-s", "space"); returns the last reaction.
  @discardableResult
  func press(_ names: String...) -> Reaction {
    var reaction = Reaction.none
    for name in names {
      guard let key = Key(name: name) else {
        preconditionFailure("test names no key: \(name)")
      }
      reaction = app.handle(.key(key))
    }
    return reaction
  }

  /// Types each character of `text` as a key.
  func type(_ text: String) {
    for character in text { _ = app.handle(.key(.character(character))) }
  }

  /// Presses Down until the canvas selection is the step `id` (at most 600 times).
  func selectStep(_ id: StepID) {
    press("g")
    for _ in 0..<600 where app.state.editor?.selection != .step(id) { press("j") }
  }

  /// Presses Down until the list selection is the journey file `id`.
  func selectJourney(_ id: String) {
    press("g")
    for _ in 0..<50 where app.state.list.selected?.fileID != id { press("j") }
  }

  /// Focuses the inspector and highlights the `occurrence`-th row labelled `label`.
  func selectField(_ label: String, occurrence: Int = 1) {
    press("2", "g")
    var seen = 0
    for _ in 0..<200 {
      if app.state.inspectorRow?.label == label {
        seen += 1
        if seen == occurrence { return }
      }
      let before = app.state.editor?.inspectorIndex
      press("j")
      if app.state.editor?.inspectorIndex == before { return }
    }
  }

  /// The inspector rows as "label: value" lines.
  var inspectorLines: [String] {
    app.state.inspectorRows.map { $0.value.isEmpty ? $0.label : "\($0.label): \($0.value)" }
  }

  /// Opens journey `id` from the list.
  func open(_ id: String) {
    selectJourney(id)
    press("enter")
  }

  /// The screen as drawn now.
  var buffer: CellBuffer { app.render() }

  /// The screen as text, rows joined by newlines, trailing spaces removed.
  var screen: String { buffer.text() }

  /// Row `y` as text without trailing spaces.
  func row(_ y: Int) -> String {
    var text = buffer.rowText(y)
    while text.last == " " { text.removeLast() }
    return text
  }

  /// The open dialog's title and text, if a dialog is open.
  var dialogText: String? {
    guard case .dialog(let state) = app.state.mode else { return nil }
    return ([state.dialog.title] + state.dialog.lines).joined(separator: " | ")
  }

  /// The status line's text.
  var statusLine: String { row(app.state.size.height - 2) }

  /// The first row whose text contains `needle`, if any.
  func rowIndex(containing needle: String) -> Int? {
    let buffer = self.buffer
    return (0..<buffer.size.height).first { buffer.rowText($0).contains(needle) }
  }
}

/// Collects applied theme names.
final class ThemeLog {
  /// The names, in order.
  var names: [String] = []
}
