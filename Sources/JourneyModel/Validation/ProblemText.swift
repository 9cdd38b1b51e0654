/// Pieces of the sentences problems are written in, so every rule names things the same way.
enum ProblemText {
  /// `"text"`, the way every offending value is shown.
  static func quote(_ text: String) -> String { "\"\(text)\"" }

  /// `Wait "wait-2"`: a step by its type and id.
  static func step(_ step: Step) -> String { "\(step.kind.type.title) \(quote(step.id))" }

  /// A comma-separated list of quoted values, at most `limit` of them then "and N more".
  static func list(_ values: [String], limit: Int = 5) -> String {
    let shown = values.prefix(limit).map(quote).joined(separator: ", ")
    return values.count > limit ? "\(shown) and \(values.count - limit) more" : shown
  }

  /// "1 rule", "2 rules".
  static func count(_ number: Int, _ noun: String) -> String {
    number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
  }

  /// The key of a path in the journey file, relative to its step: "next", "groups[1].next",
  /// "other", "whenMet", "onTimeout".
  static func pathKey(_ label: PathLabel) -> String {
    switch label {
    case .next: return "next"
    case .group(let index): return "groups[\(index)].next"
    case .other: return "other"
    case .met: return "whenMet"
    case .timeout: return "onTimeout"
    }
  }

  /// `text` with its first letter in upper case.
  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// `text` with its first letter in upper case and a full stop at the end.
  static func sentence(_ text: String) -> String {
    let body = capitalized(text)
    return body.hasSuffix(".") ? body : body + "."
  }
}
