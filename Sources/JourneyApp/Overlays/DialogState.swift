import Foundation
import JourneyModel
import TerminalKit

/// A dialog on screen and what its buttons do.
struct DialogState {
  /// What the dialog asks about; each purpose knows its buttons' order.
  enum Purpose {
    /// Delete the journey file at the URL: Delete, Cancel.
    case deleteJourney(URL)
    /// Delete a step: with its subtree, or only itself (when it has a single path).
    case deleteStep(StepID, canKeepRest: Bool)
    /// Unsaved changes before leaving: Save, Discard, Cancel.
    case unsaved(then: LeaveIntent)
    /// The publish checklist found only warnings, or nothing: go ahead or cancel.
    case checklist(LifecycleTransition)
    /// The publish checklist found errors: only OK.
    case refused
    /// A recovery file is newer than the journey's file: Recover, Discard.
    case recovery(URL, recovered: Journey)
  }

  /// The dialog widget.
  var dialog: Dialog
  /// What its buttons do.
  var purpose: Purpose
}

/// Where the user was going when asked about unsaved changes.
enum LeaveIntent: Hashable, Sendable {
  /// Back to the journeys list.
  case closeJourney
  /// Out of the program.
  case quit
}

/// A change of lifecycle state started from the canvas.
enum LifecycleTransition: String, Hashable, Sendable {
  /// Draft → Active.
  case publish
  /// Paused → Active.
  case resume

  /// "Publish", "Resume".
  var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  /// The model's name for the change.
  var action: LifecycleAction { self == .publish ? .publish : .resume }
}
