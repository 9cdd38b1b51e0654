import JourneySimulator

/// The counts that differ between two reports of one simulation, for highlighting.
enum CountChanges {
  /// The keys of every count that differs; none when there is no earlier report or it
  /// belongs to another simulation (a restart does not light up everything).
  static func between(_ old: SimulationReport?, _ new: SimulationReport) -> Set<CountKey> {
    guard let old else { return [] }
    var keys = Set<CountKey>()
    let oldRows = Dictionary(old.steps.map { ($0.id, $0) }, uniquingKeysWith: { one, _ in one })
    for row in new.steps {
      guard let before = oldRows[row.id] else { continue }
      if before.present != row.present { keys.insert(.present(row.id)) }
      if passed(before) != passed(row) { keys.insert(.passed(row.id)) }
      if before.exitedTotal != row.exitedTotal { keys.insert(.exited(row.id)) }
      for (index, count) in row.left.enumerated()
      where before.left.indices.contains(index) && before.left[index].value != count.value {
        keys.insert(.path(row.id, index))
      }
    }
    for (name, value) in totals(new) where totals(old)[name] != value {
      keys.insert(.total(name))
    }
    return keys
  }

  /// Contacts that moved on from a step; for a Stop, those that completed there.
  static func passed(_ row: SimulationReport.StepRow) -> Int {
    row.type == .stop ? row.arrived : row.leftTotal
  }

  /// The journey totals by name: entered, completed, exited, in the journey, and
  /// "activations DESTINATION".
  static func totals(_ report: SimulationReport) -> [String: Int] {
    var totals = [
      "entered": report.entered, "completed": report.completed, "exited": report.exitedTotal,
      "inside": report.inside, "runs": report.runs,
    ]
    for count in report.activations { totals["activations \(count.name)"] = count.value }
    return totals
  }
}
