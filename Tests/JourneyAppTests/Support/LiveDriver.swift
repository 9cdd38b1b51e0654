import Foundation
import JourneyModel
import TerminalKit

@testable import JourneyApp

/// Drives the application on a workspace with data, with background work done inline so
/// that every key's effects are on screen when it returns.
final class LiveDriver {
  /// The application.
  let app: App
  /// The clock the application reads; tests move it forward.
  let clock = TestClock()

  /// Starts the application at `size` on `workspace` with the journey at `journey` open.
  init(workspace: Workspace, journey: URL, width: Int = 120, height: Int = 40) {
    let clock = self.clock
    let environment = AppEnvironment(
      workspace: workspace, now: { clock.now }, work: .inline)
    app = App(environment: environment, size: Size(width: width, height: height))
    _ = app.handle(.resize(Size(width: width, height: height)))
    app.openJourney(at: journey)
  }

  /// Presses keys given by name ("j", "enter", "space").
  @discardableResult
  func press(_ names: String...) -> Reaction {
    var reaction = Reaction.none
    for name in names {
      guard let key = Key(name: name) else { preconditionFailure("test names no key: \(name)") }
      reaction = app.handle(.key(key))
    }
    return reaction
  }

  /// Types each character of `text` as a key.
  func type(_ text: String) {
    for character in text { _ = app.handle(.key(.character(character))) }
  }

  /// Opens the setup form, replaces the span and the schedule and starts the simulation.
  func startSimulation(from: String, to: String, schedule: String = "") {
    press("S")
    for text in [from, to, schedule] {
      press("down", "end", "ctrl-u")
      type(text)
    }
    press("enter")
  }

  /// The screen as drawn now.
  var buffer: CellBuffer { app.render() }

  /// The screen as text.
  var screen: String { buffer.text() }

  /// Row `y` without trailing spaces.
  func row(_ y: Int) -> String {
    var text = buffer.rowText(y)
    while text.last == " " { text.removeLast() }
    return text
  }

  /// The status line.
  var statusLine: String { row(app.state.size.height - 2) }

  /// The three count columns beside the canvas row of step `id` (now, passed, exited), as
  /// drawn: "" where a column is blank. Nil when the step has no row on screen.
  func counts(of id: StepID) -> [String]? {
    guard let editor = app.state.editor, let index = editor.row(of: .step(id)) else {
      return nil
    }
    let canvas = Layout.inner(Layout(app.state).canvas)
    let y = canvas.y + index - editor.canvasOffset
    let text = Array(buffer.rowText(y))
    let width = overlayColumnWidth
    let start = canvas.maxX - 3 * width
    return (0..<3).map { column in
      String(text[(start + column * width)..<(start + (column + 1) * width)])
        .trimmingCharacters(in: .whitespaces)
    }
  }

  /// The width of a count column on the canvas now.
  var overlayColumnWidth: Int {
    guard let simulation = app.state.simulation, let journey = app.state.editor?.journey,
      let overlay = CanvasOverlay(simulation, journey: journey, now: clock.now)
    else { return 0 }
    return overlay.columnWidth
  }

  /// The count after the branch label of the row of `target`, when one is drawn.
  func branchCount(of id: StepID) -> String? {
    guard let editor = app.state.editor, let index = editor.row(of: .step(id)) else {
      return nil
    }
    let canvas = Layout.inner(Layout(app.state).canvas)
    let text = buffer.rowText(canvas.y + index - editor.canvasOffset)
    guard let arrow = text.range(of: " → ") else { return nil }
    return text[..<arrow.lowerBound].split(separator: " ").last.map(String.init)
  }
}

/// A clock that stands still until a test moves it.
final class TestClock {
  /// The time now: `AppDriver.fixedNow` until moved.
  var now = AppDriver.fixedNow

  /// Moves the clock forward by `seconds`.
  func advance(_ seconds: Double) {
    now = now.addingTimeInterval(seconds)
  }
}
