/// How fast a simulation plays: a number of runs per second, or as fast as the machine goes.
struct SimulationSpeed: Hashable, Sendable {
  /// The speeds `+` and `-` step through; nil is as fast as possible.
  static let levels: [Int?] = [1, 2, 5, 10, 25, 50, 100, 250, 1000, nil]
  /// The speed a simulation starts at.
  static let standard = SimulationSpeed(level: 3)

  /// The position in `levels`.
  let level: Int

  /// Runs per second, nil for as fast as possible.
  var runsPerSecond: Int? { SimulationSpeed.levels[level] }

  /// "10 runs/s", "max".
  var text: String {
    guard let runs = runsPerSecond else { return "max speed" }
    return runs == 1 ? "1 run/s" : "\(runs) runs/s"
  }

  /// One level faster, or nil at the fastest.
  var faster: SimulationSpeed? {
    level + 1 < SimulationSpeed.levels.count ? SimulationSpeed(level: level + 1) : nil
  }

  /// One level slower, or nil at the slowest.
  var slower: SimulationSpeed? {
    level > 0 ? SimulationSpeed(level: level - 1) : nil
  }
}
