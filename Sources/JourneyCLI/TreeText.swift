import JourneyModel

/// Draws a journey's step tree as text lines: a step's single path continues in the same
/// column; Segment groups and Pause Until paths branch with box-drawing lines and labels.
enum TreeText {
  private struct Glyphs {
    let tee: String
    let elbow: String
    let pipe: String
    let blank: String
    let arrow: String

    static let unicode = Glyphs(
      tee: "├─ ", elbow: "└─ ", pipe: "│  ", blank: "   ", arrow: "→")
    static let ascii = Glyphs(tee: "|- ", elbow: "`- ", pipe: "|  ", blank: "   ", arrow: "->")
  }

  /// One line per step, and one per empty branch.
  static func lines(_ journey: Journey, ascii: Bool) -> [String] {
    guard let start = journey.start else { return ["(no Start step)"] }
    let byID = Dictionary(
      journey.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var output: [String] = []
    var visited = Set<StepID>()
    draw(start, first: "", rest: "", byID: byID, glyphs: ascii ? .ascii : .unicode,
      visited: &visited, into: &output)
    return output
  }

  /// Draws `step` on a line starting with `first`, and what follows it on lines starting
  /// with `rest`.
  private static func draw(
    _ step: Step, first: String, rest: String, byID: [StepID: Step], glyphs: Glyphs,
    visited: inout Set<StepID>, into output: inout [String]
  ) {
    visited.insert(step.id)
    var text = StepSummary.text(of: step)
    if !step.name.isEmpty { text += " \"\(step.name)\"" }
    output.append(first + text + "  [\(step.id)]")

    let paths = step.paths
    if paths.count == 1, paths[0].label == .next {
      if let target = paths[0].target, let child = byID[target], !visited.contains(target) {
        draw(child, first: rest, rest: rest, byID: byID, glyphs: glyphs, visited: &visited,
          into: &output)
      }
      return
    }
    for (offset, path) in paths.enumerated() {
      let isLast = offset == paths.count - 1
      let label = StepSummary.label(path.label, of: step).map { "\($0) \(glyphs.arrow) " } ?? ""
      let lead = rest + (isLast ? glyphs.elbow : glyphs.tee) + label
      let below = rest + (isLast ? glyphs.blank : glyphs.pipe)
      guard let target = path.target, let child = byID[target], !visited.contains(target) else {
        output.append(lead + "(empty)")
        continue
      }
      draw(child, first: lead, rest: below, byID: byID, glyphs: glyphs, visited: &visited,
        into: &output)
    }
  }
}
