import JourneyModel

/// A change to the open journey that may be refused.
typealias JourneyChange = (inout Journey) throws(EditError) -> Void

/// A change made from a value the user typed or chose.
typealias ValueChange = (String, inout Journey) throws(EditError) -> Void

/// How a form row is edited.
enum FieldEditor {
  /// Not editable: a heading or a value shown for information.
  case none
  /// Typed in the prompt.
  case text(TextEdit)
  /// Chosen from a list (optionally also typed).
  case choice(ChoiceEdit)
  /// Flipped with Space or Enter.
  case toggle(JourneyChange)
  /// Done at once with Enter, such as "add group".
  case action(JourneyChange)
}

/// A field typed in the prompt.
struct TextEdit {
  /// The text the prompt starts with.
  var initial: String
  /// Shown while the prompt is empty.
  var placeholder: String
  /// Applies the text typed.
  var apply: ValueChange
}

/// A field chosen from a list.
struct ChoiceEdit {
  /// The picker's title.
  var title: String
  /// The choices, in order.
  var choices: [Choice]
  /// The value chosen now, highlighted when the picker opens.
  var current: String?
  /// True when a typed value outside the choices is accepted too.
  var allowsFreeText: Bool
  /// Applies the value chosen.
  var apply: ValueChange
}

/// One entry of a picker: the value applied, the text shown, and a hint.
struct Choice: Hashable, Sendable {
  /// The value applied when chosen.
  var value: String
  /// The text shown.
  var label: String
  /// A muted hint after the label, such as a destination's kind.
  var detail: String

  /// Creates a choice; the label defaults to the value.
  init(_ value: String, label: String? = nil, detail: String = "") {
    self.value = value
    self.label = label ?? value
    self.detail = detail
  }
}
