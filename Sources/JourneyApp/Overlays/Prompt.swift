import Foundation
import TerminalKit

/// A one-line prompt in the status line: the `:` command line, a search, a name, a value.
struct Prompt {
  /// What the typed text is for.
  enum Purpose {
    /// A `:` command.
    case command
    /// A step search.
    case searchSteps
    /// The journeys list filter (applied as it is typed).
    case filterList
    /// The name of a new journey.
    case createJourney
    /// The name of a copy of the journey at the URL.
    case duplicateJourney(URL)
    /// The new name of the journey at the URL.
    case renameJourney(URL)
    /// A value for an inspector field.
    case field(ValueChange)
    /// The id of a contact to follow in the simulation (Tab completes).
    case followContact
    /// The date the simulation runs up to.
    case runUntil
  }

  /// What the text is for.
  var purpose: Purpose
  /// Shown before the field, such as ":" or "Amount: ".
  var label: String
  /// The text being typed.
  var field: TextField
  /// Where the command history is being browsed; nil while typing.
  var historyIndex: Int?

  /// Creates a prompt holding `text`.
  init(_ purpose: Purpose, label: String, text: String = "", placeholder: String = "") {
    self.purpose = purpose
    self.label = label
    self.field = TextField(text, placeholder: placeholder)
  }
}
