import JourneyModel
import TerminalKit

/// A modal list of choices with a filter typed at its top.
struct Picker {
  /// What the chosen value is for.
  enum Purpose {
    /// The type of a step to add at a canvas row, or insert before it.
    case stepType(placement: StepPlacement)
    /// The value of an inspector field.
    case field(ValueChange)
    /// A contact to follow in the simulation.
    case followContact
  }

  /// The title in the box's border.
  var title: String
  /// Every choice.
  let choices: [Choice]
  /// What the choice is for.
  var purpose: Purpose
  /// True when typed text that matches no choice can be taken as it is.
  var allowsFreeText: Bool
  /// The filter text.
  var filter = TextField("", placeholder: "type to filter")
  /// The highlighted row of `matches`.
  private(set) var selection = 0

  /// Creates a picker with `current` highlighted.
  init(
    title: String, choices: [Choice], current: String?, allowsFreeText: Bool, purpose: Purpose
  ) {
    self.title = title
    self.choices = choices
    self.purpose = purpose
    self.allowsFreeText = allowsFreeText
    selection = choices.firstIndex { $0.value == current } ?? 0
  }

  /// The choices whose label, value or hint contains the filter, ignoring case.
  var matches: [Choice] {
    let needle = filter.text.lowercased()
    guard !needle.isEmpty else { return choices }
    return choices.filter {
      $0.label.lowercased().contains(needle) || $0.value.lowercased().contains(needle)
        || $0.detail.lowercased().contains(needle)
    }
  }

  /// The value Enter takes: the highlighted match, else the typed text when allowed.
  var chosenValue: String? {
    let list = matches
    if list.indices.contains(selection) { return list[selection].value }
    return allowsFreeText && !filter.text.isEmpty ? filter.text : nil
  }

  /// Moves the highlight by `delta`, stopping at the ends.
  mutating func move(by delta: Int) {
    selection = min(max(selection + delta, 0), max(matches.count - 1, 0))
  }

  /// Applies a key to the filter; the highlight goes back to the first match.
  mutating func edit(_ key: Key) -> Bool {
    guard filter.handle(key) else { return false }
    selection = 0
    return true
  }
}

/// Where a new step goes relative to a canvas row.
enum StepPlacement: Hashable, Sendable {
  /// After the row's step, or on its empty path.
  case after(CanvasTarget)
  /// Before the step, on the path that leads to it.
  case before(StepID)
}
