import Foundation
import JourneyModel
import TerminalKit

extension App {
  /// Opens the journey file at `url` on the canvas, offering a recovery copy when one with
  /// unsaved changes was left behind.
  @discardableResult
  public func openJourney(at url: URL) -> Reaction {
    let journey: Journey
    do {
      journey = try Workspace.loadJourney(at: url, name: url.lastPathComponent)
    } catch {
      flash(error.description, .error)
      return .redraw
    }

    state.editor = EditorState(
      url: url, journey: journey, validator: state.validator, ascii: state.display.ascii,
      showProblems: true)
    state.screen = .editor
    state.focus = .canvas
    state.search = nil
    environment.logger.log(.info, "editor", "opened", [.journey: journey.id, .path: url.path])
    offerRecovery(for: url, file: journey)
    return .redraw
  }

  private func offerRecovery(for url: URL, file journey: Journey) {
    guard let recovered = environment.recovery.read(for: url) else { return }
    guard recovered != journey else {
      environment.recovery.remove(for: url)
      return
    }
    let dialog = Dialog(
      title: "Recover changes",
      lines: [
        "\"\(recovered.name)\" has changes that were never saved: the program stopped "
          + "before they were. Recover them, or discard them and keep the file as it is?"
      ],
      buttons: ["Recover", "Discard"])
    state.mode = .dialog(DialogState(dialog: dialog, purpose: .recovery(url, recovered: recovered)))
  }

  /// Puts the recovered copy in the editor, unsaved.
  func recover(_ recovered: Journey, for url: URL) {
    guard let file = state.editor?.journey else { return }
    state.editor = EditorState(
      url: url, journey: recovered, saved: file, validator: state.validator,
      ascii: state.display.ascii, showProblems: true)
    flash("recovered the unsaved changes: save them with ctrl-s or :w", .ok)
  }

  /// Why saving would overwrite another program's change, or nil: the file on disk differs
  /// from the journey as it was opened or last saved, or the edits were made to another
  /// status or version than the file now has (a recovery copy older than a publish).
  func diskConflict(_ editor: EditorState) -> String? {
    guard FileManager.default.fileExists(atPath: editor.url.path),
      let disk = try? Workspace.loadJourney(at: editor.url)
    else { return nil }
    let edited = editor.journey
    guard disk != editor.savedJourney || disk.status != edited.status
      || disk.version != edited.version
    else { return nil }
    return "not saved: the file changed on disk (now \(disk.status.title) v\(disk.version)); "
      + "reopen it"
  }

  /// Saves the open journey; false (with a message) when it cannot be written.
  @discardableResult
  func save() -> Bool {
    guard var editor = state.editor else { return false }
    if let conflict = diskConflict(editor) {
      flash(conflict, .error)
      return false
    }
    var journey = editor.journey
    if journey != editor.savedJourney { journey.updatedAt = environment.nowSeconds }
    do {
      try environment.workspace.save(journey, to: editor.url)
    } catch {
      flash(error.description, .error)
      return false
    }

    editor.markSaved(journey, validator: state.validator)
    state.editor = editor
    environment.recovery.remove(for: editor.url)
    reloadList(select: editor.url)
    flash("saved \(editor.url.lastPathComponent)", .ok)
    environment.logger.log(.info, "editor", "saved", [.journey: journey.id])
    return true
  }

  /// Closes the journey or quits; asks first when there are unsaved changes.
  func leave(_ intent: LeaveIntent) -> Reaction {
    guard let editor = state.editor, editor.isDirty else { return proceed(intent) }
    let dialog = Dialog(
      title: "Unsaved changes",
      lines: ["\"\(editor.journey.name)\" has unsaved changes. Save them first?"],
      buttons: ["Save", "Discard", "Cancel"])
    state.mode = .dialog(DialogState(dialog: dialog, purpose: .unsaved(then: intent)))
    return .redraw
  }

  /// Leaves without asking: back to the list, or out of the program.
  func proceed(_ intent: LeaveIntent) -> Reaction {
    switch intent {
    case .quit:
      return .quit
    case .closeJourney:
      let url = state.editor?.url
      state.editor = nil
      state.screen = .list
      state.focus = .list
      state.search = nil
      reloadList(select: url)
      return .redraw
    }
  }

  /// Drops the unsaved changes (and their recovery copy), then leaves.
  func discardAndProceed(_ intent: LeaveIntent) -> Reaction {
    if let url = state.editor?.url { environment.recovery.remove(for: url) }
    return proceed(intent)
  }

  /// Keeps a recovery copy while there are unsaved changes, and drops it when there are none.
  func writeRecovery() {
    guard let editor = state.editor else { return }
    guard editor.isDirty else {
      environment.recovery.remove(for: editor.url)
      return
    }
    do {
      try environment.recovery.write(editor.journey, for: editor.url)
    } catch {
      flash("cannot write the recovery copy: \(error.description)", .error)
    }
  }
}
