import Foundation
import JourneyModel
import TerminalKit

extension App {
  /// Runs an action of the journeys list.
  func performList(_ action: Action) -> Reaction {
    switch action {
    case .createJourney:
      return askName(.createJourney, "New journey's name: ", "")
    case .cycleSort:
      return cycleSort()
    case .filterList:
      return startFilter()
    default:
      guard let entry = state.list.selected else { return .none }
      return performOnEntry(action, entry)
    }
  }

  private func performOnEntry(_ action: Action, _ entry: JourneyEntry) -> Reaction {
    switch action {
    case .openJourney:
      return openJourney(at: entry.url)
    case .duplicateJourney:
      return askName(.duplicateJourney(entry.url), "Name of the copy: ", "Copy of \(entry.name)")
    case .renameJourney:
      return askName(.renameJourney(entry.url), "New name: ", entry.name)
    default:
      let dialog = Dialog(
        title: "Delete journey",
        lines: [
          "Delete \"\(entry.name)\" (\(entry.url.lastPathComponent))? The file is "
            + "removed and this cannot be undone."
        ],
        buttons: ["Delete", "Cancel"], selectedButton: 1)
      state.mode = .dialog(DialogState(dialog: dialog, purpose: .deleteJourney(entry.url)))
      return .redraw
    }
  }

  private func cycleSort() -> Reaction {
    state.list.cycleSort()
    flash("sorted by \(state.list.sort.rawValue)")
    return .redraw
  }

  private func startFilter() -> Reaction {
    state.mode = .prompt(
      Prompt(
        .filterList, label: "Filter: ", text: state.list.filter, placeholder: "name or id"))
    return .redraw
  }

  private func askName(_ purpose: Prompt.Purpose, _ label: String, _ text: String) -> Reaction {
    state.mode = .prompt(Prompt(purpose, label: label, text: text, placeholder: "a name"))
    return .redraw
  }

  /// Creates a draft named `name` and opens it.
  func createJourney(named name: String) -> Reaction {
    guard let id = newID(for: name) else { return .redraw }
    let journey = Journey.draft(id: id, name: name, at: environment.nowSeconds)
    guard saveNew(journey) else { return .redraw }
    return openJourney(at: environment.workspace.journeyURL(id: id))
  }

  /// Saves a copy of the journey at `url` as a new draft named `name`.
  func duplicateJourney(at url: URL, named name: String) -> Reaction {
    guard let original = state.list.visible.first(where: { $0.url == url })?.journey,
      let id = newID(for: name)
    else { return .redraw }
    var copy = original
    copy.id = id
    copy.name = name
    copy.status = .draft
    copy.version = 0
    copy.updatedAt = environment.nowSeconds
    guard saveNew(copy) else { return .redraw }
    flash("copied as \"\(name)\" (\(id).json)", .ok)
    return .redraw
  }

  /// Renames the journey at `url`; its id and file stay.
  func renameJourney(at url: URL, to name: String) -> Reaction {
    guard var journey = state.list.visible.first(where: { $0.url == url })?.journey else {
      return .redraw
    }
    journey.name = name
    journey.updatedAt = environment.nowSeconds
    do {
      try environment.workspace.save(journey, to: url)
    } catch {
      flash(error.description, .error)
      return .redraw
    }
    reloadList(select: url)
    flash("renamed to \"\(name)\"", .ok)
    return .redraw
  }

  /// Deletes the journey file at `url` and any recovery copy of it.
  func deleteJourney(at url: URL) -> Reaction {
    do {
      try FileManager.default.removeItem(at: url)
    } catch {
      flash("cannot delete \(url.lastPathComponent): \(error.localizedDescription)", .error)
      return .redraw
    }
    environment.recovery.remove(for: url)
    reloadList(select: nil)
    flash("deleted \(url.lastPathComponent)", .ok)
    return .redraw
  }

  /// Reads the journeys folder again.
  func reloadList(select url: URL?) {
    let entries = JourneyCatalog.entries(environment.workspace, validator: state.validator)
    state.list.replace(entries, select: url)
  }

  /// A free id for a journey named `name`, or nil (with a message) when there is none.
  private func newID(for name: String) -> String? {
    let base = JourneyID.slug(name)
    guard !base.isEmpty else {
      flash("the name \"\(name)\" has no letters or digits to make a file name from", .error)
      return nil
    }
    let taken = Set(
      ((try? environment.workspace.journeyFiles()) ?? []).map {
        $0.deletingPathExtension().lastPathComponent
      })
    return JourneyID.unique(base, taken: taken)
  }

  private func saveNew(_ journey: Journey) -> Bool {
    let url = environment.workspace.journeyURL(id: journey.id)
    do {
      try environment.workspace.save(journey, to: url)
    } catch {
      flash(error.description, .error)
      return false
    }
    reloadList(select: url)
    return true
  }
}
