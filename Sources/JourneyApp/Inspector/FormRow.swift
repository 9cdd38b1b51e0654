/// One line of the inspector: a label and value, how to edit it, and where its problems are.
struct FormRow {
  /// How the row is drawn.
  enum Kind: Hashable, Sendable {
    /// A section title.
    case heading
    /// A label and a value.
    case field
    /// An "+ add ..." line.
    case add
  }

  /// How the row is drawn.
  var kind: Kind
  /// The label.
  var label: String
  /// The value shown.
  var value: String
  /// The indentation level.
  var depth: Int
  /// The input's key in the journey file ("duration.amount", "entry.rules[0]"), to find
  /// its problems; empty when none apply.
  var key: String
  /// True when `key` is a journey key (settings, entry, exit), not one inside a step.
  var isJourneyKey: Bool
  /// How the row is edited.
  var editor: FieldEditor
  /// Removes the row's item from its list, when it is one.
  var remove: JourneyChange?
  /// Moves the row's item one place up its list.
  var moveUp: JourneyChange?
  /// Moves the row's item one place down its list.
  var moveDown: JourneyChange?

  /// Creates a row.
  init(
    _ kind: Kind, _ label: String, _ value: String = "", depth: Int, key: String = "",
    journeyKey: Bool = false, editor: FieldEditor = .none
  ) {
    self.kind = kind
    self.label = label
    self.value = value
    self.depth = depth
    self.key = key
    self.isJourneyKey = journeyKey
    self.editor = editor
  }

  /// True when Enter does something on the row.
  var isEditable: Bool {
    if case .none = editor { return false }
    return true
  }
}
