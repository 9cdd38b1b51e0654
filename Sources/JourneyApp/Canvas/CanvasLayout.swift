import JourneyModel

/// Arranges a journey's steps as canvas rows, the way `journey show` prints them: a step's
/// single path continues in the same column; Segment groups and Pause Until paths branch
/// with labels; empty paths get a row of their own; folded steps hide their branches.
enum CanvasLayout {
  private struct Pending {
    var target: CanvasTarget
    var first: String
    var rest: String
    var label: String?
  }

  /// The rows of `journey` with the steps in `collapsed` folded.
  static func rows(
    _ journey: Journey, collapsed: Set<StepID>, glyphs: TreeGlyphs
  ) -> [CanvasRow] {
    guard let start = journey.start else { return [] }
    let byID = Dictionary(
      journey.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [CanvasRow] = []
    var visited = Set<StepID>()
    var pending = [Pending(target: .step(start.id), first: "", rest: "", label: nil)]

    while let item = pending.popLast() {
      guard case .step(let id) = item.target, let step = byID[id] else {
        rows.append(
          CanvasRow(
            target: item.target, prefix: item.first, branchLabel: item.label, hiddenSteps: 0))
        continue
      }
      visited.insert(id)
      let folded = collapsed.contains(id) && isBranching(step)
      let hidden = folded ? countBelow(step, byID: byID) : 0
      rows.append(
        CanvasRow(
          target: item.target, prefix: item.first, branchLabel: item.label, hiddenSteps: hidden))
      if !folded {
        pending += children(of: step, item, byID: byID, visited: visited, glyphs: glyphs)
      }
    }
    return rows
  }

  /// True for steps whose paths branch (Segment, Pause Until).
  static func isBranching(_ step: Step) -> Bool {
    let paths = step.paths
    return !(paths.count <= 1 && paths.allSatisfy { $0.label == .next })
  }

  /// The rows to draw after `step`, in reverse order for the stack.
  private static func children(
    of step: Step, _ item: Pending, byID: [StepID: Step], visited: Set<StepID>,
    glyphs: TreeGlyphs
  ) -> [Pending] {
    let paths = step.paths
    if !isBranching(step) {
      guard let target = paths.first?.target, byID[target] != nil,
        !visited.contains(target)
      else { return [] }
      return [Pending(target: .step(target), first: item.rest, rest: item.rest, label: nil)]
    }

    var result: [Pending] = []
    for (offset, path) in paths.enumerated() {
      let isLast = offset == paths.count - 1
      let lead = item.rest + (isLast ? glyphs.elbow : glyphs.tee)
      let below = item.rest + (isLast ? glyphs.blank : glyphs.pipe)
      let label = StepSummary.label(path.label, of: step)
      if let target = path.target, byID[target] != nil, !visited.contains(target) {
        result.append(Pending(target: .step(target), first: lead, rest: below, label: label))
      } else {
        result.append(
          Pending(
            target: .emptyPath(parent: step.id, label: path.label), first: lead, rest: below,
            label: label))
      }
    }
    return result.reversed()
  }

  /// How many steps lie below `step`.
  private static func countBelow(_ step: Step, byID: [StepID: Step]) -> Int {
    var count = 0
    var seen: Set<StepID> = [step.id]
    var pending = step.paths.compactMap(\.target)
    while let id = pending.popLast() {
      guard !seen.contains(id), let next = byID[id] else { continue }
      seen.insert(id)
      count += 1
      pending += next.paths.compactMap(\.target)
    }
    return count
  }
}
