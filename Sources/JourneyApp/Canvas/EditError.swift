import JourneyModel

/// Why an edit was refused; the text says what is wrong and what to do, for the flash line.
enum EditError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The step is not in the journey (it was removed meanwhile).
  case noSuchStep(StepID)
  /// The item being edited is no longer there (its list or step changed meanwhile).
  case itemGone
  /// Nothing can follow a Stop.
  case afterStop
  /// "After" a Segment or Pause Until is ambiguous: it has several paths.
  case afterBranching(StepType)
  /// A Stop cannot go where the path continues.
  case stopMidPath(next: StepID)
  /// Start cannot be removed, moved or preceded.
  case startIsFixed
  /// The cut steps cannot take the rest of the path after them.
  case pasteNeedsOpenEnd
  /// Nothing has been cut.
  case emptyClipboard
  /// A Segment group still leads to steps.
  case groupHasSteps(name: String, count: Int)
  /// The selection is not inside a Segment group.
  case notInGroup
  /// A group or item is already first or last.
  case cannotMove(String)
  /// A number field got something else.
  case notANumber(String, field: String)
  /// A time field got something that is not HH:MM.
  case notATime(String)
  /// A text that must not be empty was left empty.
  case emptyText(field: String)
  /// A list is full.
  case listFull(String, limit: Int)

  /// What is wrong and what to do.
  var description: String {
    switch self {
    case .noSuchStep(let id):
      return "step \"\(id)\" is no longer in the journey"
    case .itemGone:
      return "the item being edited is no longer there: select it again"
    case .afterStop:
      return "a Stop ends its path: nothing can follow it; add the step before the Stop (i)"
    case .afterBranching(let type):
      return "a \(type.title) has several paths: select one of its \"(empty)\" rows or the "
        + "first step of a path, then add there"
    case .stopMidPath(let next):
      return "a Stop ends its path, but this path goes on to \"\(next)\": add the Stop at the "
        + "end of the path"
    case .startIsFixed:
      return "Start cannot be removed or moved, and nothing can come before it"
    case .pasteNeedsOpenEnd:
      return "the cut steps end in a Stop or a branch, so the rest of this path has nowhere "
        + "to go: paste on an \"(empty)\" row or after the last step of a path"
    case .emptyClipboard:
      return "nothing to paste: cut a step first (x)"
    case .groupHasSteps(let name, let count):
      return "group \"\(name)\" leads to \(count == 1 ? "1 step" : "\(count) steps"): delete "
        + "or cut them first"
    case .notInGroup:
      return "the selection is not inside a Segment group"
    case .cannotMove(let reason):
      return reason
    case .notANumber(let text, let field):
      return "\(field) must be a whole number, and \"\(text)\" is not: type digits, such as 3"
    case .notATime(let text):
      return "\"\(text)\" is not a time of day: type HH:MM, such as 09:00"
    case .emptyText(let field):
      return "\(field) cannot be empty: type some text"
    case .listFull(let what, let limit):
      return "\(what) holds at most \(limit): remove one first"
    }
  }
}
