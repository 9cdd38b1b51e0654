/// What a condition belongs to: where its inputs are, and how sentences name it. Both texts
/// are built only when a problem needs them, since checking runs after every keystroke.
struct ConditionSubject {
  /// The owner of a condition.
  enum Owner {
    /// An entry rule, by position.
    case entryRule(Int)
    /// An exit rule, by position.
    case exitRule(Int)
    /// The condition of the Pause Until step with this id.
    case pause(StepID)
  }

  /// Whose condition it is.
  var owner: Owner
  /// The position of the property filter being checked, for event conditions.
  var filter: Int?

  /// Creates a subject for a whole condition.
  init(_ owner: Owner) {
    self.owner = owner
  }

  /// The same condition, narrowed to its property filter at `index`.
  func filter(_ index: Int) -> ConditionSubject {
    var narrowed = self
    narrowed.filter = index
    return narrowed
  }

  /// The start of a sentence naming the owner: "Entry rule 1", "The condition of Pause Until
  /// \"p\"".
  var text: String {
    switch owner {
    case .entryRule(let index): return "Entry rule \(index + 1)"
    case .exitRule(let index): return "Exit rule \(index + 1)"
    case .pause(let id): return "The condition of Pause Until \(ProblemText.quote(id))"
    }
  }

  /// The path of `key` inside the condition, or inside the filter when one is chosen:
  /// "entry.rules[0].event", "condition.where[1].value".
  func path(_ key: String) -> String {
    var path: String
    switch owner {
    case .entryRule(let index): path = "entry.rules[\(index)]"
    case .exitRule(let index): path = "exit.rules[\(index)]"
    case .pause: path = "condition"
    }
    if let filter { path += ".where[\(filter)]" }
    return "\(path).\(key)"
  }
}
