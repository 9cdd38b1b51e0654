import JourneyModel

/// Structural changes to a journey's tree of steps. Each keeps the tree well formed (one
/// parent per step, no cycles) or refuses with a reason.
enum JourneyEdits {
  /// Connects `step` (new, with empty paths) after `target`: on an empty path, or after a
  /// step with a single path, taking over what came after it.
  static func add(
    _ step: Step, at target: CanvasTarget, in journey: inout Journey
  ) throws(EditError) {
    switch target {
    case .emptyPath(let parent, let label):
      try update(parent, in: &journey) { $0.kind.setTarget(step.id, of: label) }
      journey.steps.append(step)
    case .step(let id):
      let anchor = try self.step(id, in: journey)
      let next = try singleNext(of: anchor)
      var added = step
      try connect(&added, to: next)
      try update(id, in: &journey) { $0.kind.setTarget(added.id, of: .next) }
      journey.steps.append(added)
    }
  }

  /// Puts `step` (new) on the path that leads to step `id`, with `id` after it.
  static func insert(_ step: Step, before id: StepID, in journey: inout Journey) throws(EditError) {
    guard let via = try tree(journey).parent(of: id) else { throw .startIsFixed }
    var added = step
    try connect(&added, to: id)
    try update(via.parent, in: &journey) { $0.kind.setTarget(added.id, of: via.label) }
    journey.steps.append(added)
  }

  /// Removes step `id` and every step after it; returns them, `id` first.
  @discardableResult
  static func removeSubtree(_ id: StepID, in journey: inout Journey) throws(EditError) -> [Step] {
    let tree = try tree(journey)
    guard let via = tree.parent(of: id) else { throw .startIsFixed }
    let ids = tree.subtree(of: id)
    let removed = ids.compactMap { journey.step($0) }
    try update(via.parent, in: &journey) { $0.kind.setTarget(nil, of: via.label) }
    let doomed = Set(ids)
    journey.steps.removeAll { doomed.contains($0.id) }
    return removed
  }

  /// Removes only step `id` (a step with at most one path), joining its parent to its next.
  static func removeStep(_ id: StepID, in journey: inout Journey) throws(EditError) {
    let step = try self.step(id, in: journey)
    guard let via = try tree(journey).parent(of: id) else { throw .startIsFixed }
    guard !CanvasLayout.isBranching(step) else { throw .afterBranching(step.kind.type) }
    let next = step.paths.first?.target
    try update(via.parent, in: &journey) { $0.kind.setTarget(next, of: via.label) }
    journey.steps.removeAll { $0.id == id }
  }

  /// Connects the cut steps at `target`; ids already in the journey get fresh ones. Returns
  /// the id of the pasted root.
  static func paste(
    _ clipboard: Clipboard, at target: CanvasTarget, in journey: inout Journey
  ) throws(EditError) -> StepID {
    var steps = renamed(clipboard.steps, avoiding: Set(journey.steps.map(\.id)))
    guard let root = steps.first else { throw .emptyClipboard }

    switch target {
    case .emptyPath(let parent, let label):
      try update(parent, in: &journey) { $0.kind.setTarget(root.id, of: label) }
    case .step(let id):
      let next = try singleNext(of: try step(id, in: journey))
      if let next {
        guard let open = openEnd(of: steps) else { throw .pasteNeedsOpenEnd }
        steps[open].kind.setTarget(next, of: .next)
      }
      try update(id, in: &journey) { $0.kind.setTarget(root.id, of: .next) }
    }
    journey.steps += steps
    return root.id
  }

  /// Moves group `index` of Segment `id` by `delta` places (-1 up, +1 down).
  static func moveGroup(
    _ index: Int, by delta: Int, of id: StepID, in journey: inout Journey
  ) throws(EditError) {
    try update(id, in: &journey) { (step: inout Step) throws(EditError) in
      guard case .segment(var segment) = step.kind else { throw .notInGroup }
      let destination = index + delta
      guard segment.groups.indices.contains(index),
        segment.groups.indices.contains(destination)
      else {
        throw .cannotMove(delta < 0 ? "this group is first already" : "this group is last already")
      }
      segment.groups.swapAt(index, destination)
      step.kind = .segment(segment)
    }
  }

  /// The Segment and group index whose branch holds `target`, nearest first.
  static func enclosingGroup(of target: CanvasTarget, in journey: Journey) -> (StepID, Int)? {
    var current: StepID
    switch target {
    case .emptyPath(let parent, .group(let index)): return (parent, index)
    case .emptyPath(let parent, _): current = parent
    case .step(let id): current = id
    }
    guard let tree = try? StepTree(journey) else { return nil }
    while let via = tree.parent(of: current) {
      if case .group(let index) = via.label { return (via.parent, index) }
      current = via.parent
    }
    return nil
  }

  // MARK: - Helpers

  /// Changes step `id` in place.
  static func update(
    _ id: StepID, in journey: inout Journey, _ change: (inout Step) throws(EditError) -> Void
  ) throws(EditError) {
    guard let index = journey.steps.firstIndex(where: { $0.id == id }) else {
      throw .noSuchStep(id)
    }
    try change(&journey.steps[index])
  }

  /// Step `id`, or a refusal naming it.
  static func step(_ id: StepID, in journey: Journey) throws(EditError) -> Step {
    guard let step = journey.step(id) else { throw .noSuchStep(id) }
    return step
  }

  /// The journey's tree; an edited journey always forms one, so failure means the step went.
  private static func tree(_ journey: Journey) throws(EditError) -> StepTree {
    do {
      return try StepTree(journey)
    } catch {
      throw .noSuchStep(error.stepID ?? "start")
    }
  }

  /// What follows a step with a single path, refusing Stops and branching steps.
  private static func singleNext(of step: Step) throws(EditError) -> StepID? {
    if step.kind.type == .stop { throw .afterStop }
    guard !CanvasLayout.isBranching(step) else { throw .afterBranching(step.kind.type) }
    return step.paths.first?.target
  }

  /// Puts `next` on the first path of `step`.
  private static func connect(_ step: inout Step, to next: StepID?) throws(EditError) {
    guard let next else { return }
    if step.kind.type == .stop { throw .stopMidPath(next: next) }
    guard let label = step.paths.first?.label else { return }
    step.kind.setTarget(next, of: label)
  }

  /// The first pasted step, in order, whose single path is open and may take the rest.
  private static func openEnd(of steps: [Step]) -> Int? {
    // TODO: with several open ends the first takes the rest of the path; the user cannot choose.
    steps.firstIndex { step in
      step.kind.type != .stop && !CanvasLayout.isBranching(step)
        && step.paths.first?.target == nil
    }
  }

  /// `steps` with every id in `taken` replaced by a fresh one, paths following.
  private static func renamed(_ steps: [Step], avoiding taken: Set<StepID>) -> [Step] {
    var used = taken.union(steps.map(\.id))
    var mapping: [StepID: StepID] = [:]
    for step in steps where taken.contains(step.id) {
      let fresh = StepFactory.freshID(base: StepFactory.idBase(step.kind.type), taken: used)
      used.insert(fresh)
      mapping[step.id] = fresh
    }
    guard !mapping.isEmpty else { return steps }

    return steps.map { step in
      var copy = step
      copy.id = mapping[step.id] ?? step.id
      for path in step.paths {
        if let target = path.target, let fresh = mapping[target] {
          copy.kind.setTarget(fresh, of: path.label)
        }
      }
      return copy
    }
  }
}
