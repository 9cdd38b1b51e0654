import JourneyModel

/// A search for steps by name, summary or id, remembered for `n` and `N`.
struct StepSearch: Hashable, Sendable {
  /// The text searched for, as typed.
  var query: String

  /// True when `step` matches, ignoring case.
  func matches(_ step: Step) -> Bool {
    let needle = query.lowercased()
    guard !needle.isEmpty else { return false }
    return step.name.lowercased().contains(needle)
      || StepSummary.text(of: step).lowercased().contains(needle)
      || step.id.lowercased().contains(needle)
  }

  /// The matching steps in canvas order (folded branches included).
  func matchingSteps(in journey: Journey) -> [StepID] {
    guard let tree = try? StepTree(journey) else { return [] }
    return tree.rows.compactMap { row in
      journey.step(row.id).flatMap { matches($0) ? $0.id : nil }
    }
  }

  /// The match after (or before, when `forward` is false) `current` in canvas order,
  /// wrapping around; nil when nothing matches.
  func next(after current: StepID?, in journey: Journey, forward: Bool) -> StepID? {
    guard let tree = try? StepTree(journey) else { return nil }
    let order = tree.rows.map(\.id)
    let matching = Set(matchingSteps(in: journey))
    guard !matching.isEmpty else { return nil }
    let start = current.flatMap { order.firstIndex(of: $0) } ?? (forward ? -1 : order.count)
    for offset in 1...order.count {
      let raw = forward ? start + offset : start - offset
      let index = ((raw % order.count) + order.count) % order.count
      if matching.contains(order[index]) { return order[index] }
    }
    return nil
  }
}
