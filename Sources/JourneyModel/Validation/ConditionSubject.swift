/// What a condition belongs to: where its inputs are, and how sentences name it.
struct ConditionSubject {
  /// The path of the condition: "entry.rules[0]", "condition"; empty for none.
  var prefix: String
  /// The start of a sentence naming the owner: "Entry rule 1", "The condition of Pause Until
  /// \"p\"".
  var text: String

  /// The path of `key` inside the condition.
  func path(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }
}
