import JourneyModel
import TerminalKit

extension App {
  /// Runs a command typed at the `:` prompt.
  func runCommand(_ text: String) -> Reaction {
    guard !text.isEmpty else { return .redraw }
    guard let command = CommandPrompt.parse(text) else {
      let known = CommandPrompt.words.map { ":\($0)" }.joined(separator: " ")
      flash("unknown command \":\(text)\": the commands are \(known)", .error)
      return .redraw
    }
    environment.logger.log(.debug, "command", text, [:])

    switch command {
    case .write:
      return needsEditor { save() ? .redraw : .redraw }
    case .quit:
      return leave(.quit)
    case .forceQuit:
      return discardAndProceed(.quit)
    case .writeQuit:
      guard state.editor != nil else { return .quit }
      return save() ? .quit : .redraw
    case .publish:
      return run(.publish)
    case .pause:
      return run(.pause)
    case .resume:
      return run(.resume)
    case .validate:
      return validate()
    case .theme(let name):
      return switchTheme(name)
    case .help:
      return run(.help)
    }
  }

  private func needsEditor(_ body: () -> Reaction) -> Reaction {
    guard state.editor != nil else {
      flash("no journey is open: open one with Enter first", .warning)
      return .redraw
    }
    return body()
  }

  private func validate() -> Reaction {
    guard var editor = state.editor else {
      reloadList(select: state.list.selected?.url)
      let totals = state.list.entries.reduce(into: (errors: 0, warnings: 0)) { sum, entry in
        if case .journey(_, let summary) = entry.content {
          sum.errors += summary.errors
          sum.warnings += summary.warnings
        }
      }
      let summary = ValidationSummary(errors: totals.errors, warnings: totals.warnings)
      flash(
        "checked \(state.list.entries.count) journeys: \(summary)",
        summary.errors > 0 ? .error : .ok)
      return .redraw
    }
    let summary = ValidationSummary(editor.problems)
    if !editor.problems.isEmpty {
      editor.showProblems = true
      state.focus = .problems
    }
    state.editor = editor
    flash("\(editor.journey.name): \(summary)", summary.errors > 0 ? .error : .ok)
    return .redraw
  }

  private func switchTheme(_ name: String?) -> Reaction {
    guard let name else {
      let names = Theme.builtIn.map(\.name).joined(separator: ", ")
      flash("theme: \(state.display.themeName) (built in: \(names); or a file in themes/)")
      return .redraw
    }
    let (theme, error) = Theme.resolve(name, themesDirectory: environment.themesDirectory)
    environment.applyTheme(theme)
    state.display.themeName = theme.name
    if let error {
      flash("\(error); using the default theme", .error)
    } else {
      flash("theme: \(theme.name)", .ok)
    }
    return .relayout
  }
}
