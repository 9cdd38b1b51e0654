import JourneyModel
import TerminalKit

extension App {
  /// The most problems a checklist dialog lists; the problems pane has the rest.
  static let checklistLimit = 6

  /// Opens the publish checklist for Publish or Resume: errors refuse, warnings ask.
  func startTransition(_ transition: LifecycleTransition) -> Reaction {
    guard let editor = state.editor else { return .none }
    let checklist = PublishChecklist(editor.journey, hub: state.hub)
    let verb = transition.rawValue
    let ascii = state.display.ascii

    if checklist.isBlocked {
      let count = ValidationSummary(errors: checklist.errors.count, warnings: 0)
      let lines =
        [
          "Cannot \(verb): the journey has \(count). Fix "
            + (checklist.errors.count == 1 ? "it" : "them") + " and \(verb) again."
        ]
        + Self.problemLines(checklist.errors, ascii: ascii)
      let dialog = Dialog(title: "\(transition.title) refused", lines: lines, buttons: ["OK"])
      state.mode = .dialog(DialogState(dialog: dialog, purpose: .refused))
      flash("\(transition.title) refused: \(count)", .error)
      return .redraw
    }

    let next = editor.journey.version + 1
    var lines: [String]
    if checklist.needsAcknowledgement {
      let count = ValidationSummary(errors: 0, warnings: checklist.warnings.count)
      lines =
        ["The checklist found \(count) to acknowledge:"]
        + Self.problemLines(checklist.warnings, ascii: ascii)
        + ["\(transition.title) anyway as version \(next)?"]
    } else {
      lines = [
        "The checklist is clean. \(transition.title) \"\(editor.journey.name)\" as "
          + "version \(next)?"
      ]
    }
    lines.append("It becomes Active and cannot be edited until it is paused.")
    let button = checklist.needsAcknowledgement ? "Accept and \(verb)" : transition.title
    let dialog = Dialog(
      title: "\(transition.title) checklist", lines: lines, buttons: [button, "Cancel"],
      selectedButton: 1)
    state.mode = .dialog(DialogState(dialog: dialog, purpose: .checklist(transition)))
    return .redraw
  }

  /// Publishes or resumes the open journey (warnings acknowledged), saves and archives it.
  func completeTransition(_ transition: LifecycleTransition) -> Reaction {
    guard let editor = state.editor else { return .none }
    let now = environment.nowSeconds
    do {
      let live =
        transition == .publish
        ? try Lifecycle.publish(editor.journey, hub: state.hub, acceptWarnings: true, at: now)
        : try Lifecycle.resume(editor.journey, hub: state.hub, acceptWarnings: true, at: now)
      return store(
        live,
        message: "\(transition.action.pastParticiple) as version \(live.version): the "
          + "journey is Active and read-only now")
    } catch {
      flash(Self.firstLine(error.description), .error)
      return .redraw
    }
  }

  /// Pauses the open (Active) journey and saves it.
  func pauseJourney() -> Reaction {
    guard let editor = state.editor else { return .none }
    do {
      let paused = try Lifecycle.pause(editor.journey, at: environment.nowSeconds)
      return store(
        paused,
        message: "paused: the journey does not run and can be edited; "
          + "resume it (R) to go live again")
    } catch {
      flash(Self.firstLine(error.description), .error)
      return .redraw
    }
  }

  private func store(_ journey: Journey, message: String) -> Reaction {
    guard var editor = state.editor else { return .none }
    if let conflict = diskConflict(editor) {
      flash(conflict, .error)
      return .redraw
    }
    do {
      if journey.status == .active { try environment.workspace.archive(journey) }
      try environment.workspace.save(journey, to: editor.url)
    } catch {
      flash(error.description, .error)
      return .redraw
    }

    editor.replaceAfterLifecycle(journey, validator: state.validator)
    state.editor = editor
    environment.recovery.remove(for: editor.url)
    reloadList(select: editor.url)
    flash(message, .ok)
    environment.logger.log(
      .info, "lifecycle", journey.status.rawValue, [.journey: journey.id])
    return .redraw
  }

  private static func problemLines(_ problems: [Problem], ascii: Bool) -> [String] {
    let shown = problems.prefix(checklistLimit).map { problem in
      let marker = ProblemMarker.symbol(problem.severity, ascii: ascii)
      return "\(marker) \(problem.message)"
    }
    let rest = problems.count - shown.count
    return shown + (rest > 0 ? ["… and \(rest) more in the problems pane"] : [])
  }

  private static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n").first ?? Substring(text))
  }
}
