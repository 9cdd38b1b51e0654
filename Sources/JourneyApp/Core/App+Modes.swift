import Foundation
import JourneyModel
import TerminalKit

extension App {
  // MARK: - Prompt

  /// Handles a key while a prompt is open.
  func handlePromptKey(_ key: Key, _ prompt: Prompt) -> Reaction {
    var prompt = prompt
    switch key {
    case .escape:
      state.mode = .normal
      if case .filterList = prompt.purpose { state.list.setFilter("") }
      return .redraw
    case .enter:
      state.mode = .normal
      return submit(prompt)
    case .up, .down:
      guard case .command = prompt.purpose else { return .none }
      browseHistory(&prompt, older: key == .up)
    case .tab:
      if case .followContact = prompt.purpose {
        completeContact(&prompt)
      } else {
        guard case .command = prompt.purpose else { return .none }
        prompt.field = TextField(CommandPrompt.complete(prompt.field.text))
      }
    default:
      guard prompt.field.handle(key) else { return .none }
      prompt.historyIndex = nil
      if case .filterList = prompt.purpose { state.list.setFilter(prompt.field.text) }
    }
    state.mode = .prompt(prompt)
    return .redraw
  }

  private func browseHistory(_ prompt: inout Prompt, older: Bool) {
    let history = state.commandHistory
    guard !history.isEmpty else { return }
    let current = prompt.historyIndex ?? history.count
    let index = min(max(current + (older ? -1 : 1), 0), history.count)
    prompt.historyIndex = index
    prompt.field = TextField(index < history.count ? history[index] : "")
  }

  private func submit(_ prompt: Prompt) -> Reaction {
    let text = prompt.field.text
    let name = text.trimmingCharacters(in: .whitespaces)
    switch prompt.purpose {
    case .command:
      if !name.isEmpty, state.commandHistory.last != name { state.commandHistory.append(name) }
      return runCommand(name)
    case .searchSteps:
      return search(text)
    case .filterList:
      return .redraw
    case .field(let change):
      return applyValue(text, change)
    case .followContact:
      return follow(text)
    case .runUntil:
      return runUntil(text)
    case .createJourney, .duplicateJourney, .renameJourney:
      guard !name.isEmpty else {
        flash("a journey needs a name: nothing was changed", .warning)
        return .redraw
      }
      return submitName(name, prompt.purpose)
    }
  }

  private func submitName(_ name: String, _ purpose: Prompt.Purpose) -> Reaction {
    switch purpose {
    case .duplicateJourney(let url): return duplicateJourney(at: url, named: name)
    case .renameJourney(let url): return renameJourney(at: url, to: name)
    default: return createJourney(named: name)
    }
  }

  // MARK: - Dialog

  /// Handles a key while a dialog is open.
  func handleDialogKey(_ key: Key, _ dialogState: DialogState) -> Reaction {
    var dialogState = dialogState
    guard let outcome = dialogState.dialog.handle(key) else {
      state.mode = .dialog(dialogState)
      return .redraw
    }
    state.mode = .normal
    guard case .chosen(let button) = outcome else { return .redraw }
    return choose(button, dialogState.purpose)
  }

  private func choose(_ button: Int, _ purpose: DialogState.Purpose) -> Reaction {
    switch purpose {
    case .deleteJourney(let url):
      return button == 0 ? deleteJourney(at: url) : .redraw
    case .deleteStep(let id, let canKeepRest):
      if button == 0 { return deleteStep(id, onlyStep: false) }
      return canKeepRest && button == 1 ? deleteStep(id, onlyStep: true) : .redraw
    case .unsaved(let intent):
      switch button {
      case 0: return save() ? proceed(intent) : .redraw
      case 1: return discardAndProceed(intent)
      default: return .redraw
      }
    case .checklist(let transition):
      return button == 0 ? completeTransition(transition) : .redraw
    case .refused:
      return .redraw
    case .recovery(let url, let recovered):
      if button == 0 {
        recover(recovered, for: url)
      } else {
        environment.recovery.remove(for: url)
      }
      return .redraw
    }
  }

  // MARK: - Picker

  /// Handles a key while a picker is open.
  func handlePickerKey(_ key: Key, _ picker: Picker) -> Reaction {
    var picker = picker
    switch key {
    case .escape:
      state.mode = .normal
      return .redraw
    case .enter:
      state.mode = .normal
      guard let value = picker.chosenValue else { return .redraw }
      return pick(value, picker.purpose)
    case .up, .ctrl("p"):
      picker.move(by: -1)
    case .down, .ctrl("n"):
      picker.move(by: 1)
    case .pageUp:
      picker.move(by: -10)
    case .pageDown:
      picker.move(by: 10)
    default:
      guard picker.edit(key) else { return .none }
    }
    state.mode = .picker(picker)
    return .redraw
  }

  private func pick(_ value: String, _ purpose: Picker.Purpose) -> Reaction {
    switch purpose {
    case .stepType(let placement):
      guard let type = StepType(rawValue: value) else { return .redraw }
      return addStep(type, placement)
    case .field(let change):
      return applyValue(value, change)
    case .followContact:
      return follow(value)
    }
  }

  // MARK: - Help

  /// Handles a key while the help overlay is open.
  func handleHelpKey(_ key: Key, _ help: HelpState) -> Reaction {
    var help = help
    switch key {
    case .escape, .enter:
      state.mode = .normal
      return .redraw
    case .up:
      help.offset = max(help.offset - 1, 0)
    case .down:
      help.offset += 1
    case .pageUp:
      help.offset = max(help.offset - 10, 0)
    case .pageDown:
      help.offset += 10
    default:
      guard help.filter.handle(key) else { return .none }
      help.offset = 0
    }
    state.mode = .help(help)
    return .redraw
  }
}
