/// The cumulative counts of every step, kept flat in one block so that the hot loop updates
/// them without copy-on-write checks: per step, arrivals and contacts there now, then
/// departures per path, then exits per reason.
final class StepCounters {
  private let base: UnsafeMutablePointer<Int>
  private let size: Int
  private let starts: [Int]
  private let paths: [Int]
  private let reasons = ExitReason.allCases.count

  /// Zero counts for steps with the given numbers of paths.
  init(paths: [Int]) {
    self.paths = paths
    var starts: [Int] = []
    var size = 0
    for count in paths {
      starts.append(size)
      size += 2 + count + ExitReason.allCases.count
    }
    self.starts = starts
    self.size = max(1, size)
    base = UnsafeMutablePointer<Int>.allocate(capacity: self.size)
    base.initialize(repeating: 0, count: self.size)
  }

  deinit {
    base.deallocate()
  }

  /// A contact reached `step`.
  @inline(__always)
  func arrive(_ step: Int) {
    base[starts[step]] += 1
    base[starts[step] + 1] += 1
  }

  /// A contact left `step` by `path`.
  @inline(__always)
  func depart(_ step: Int, path: Int) {
    base[starts[step] + 1] -= 1
    base[starts[step] + 2 + path] += 1
  }

  /// A contact left the journey early from `step`.
  @inline(__always)
  func exit(_ step: Int, _ reason: ExitReason) {
    base[starts[step] + 1] -= 1
    base[starts[step] + 2 + paths[step] + reason.rawValue] += 1
  }

  /// A contact completed at `step` (a Stop), so it is no longer there.
  @inline(__always)
  func complete(_ step: Int) {
    base[starts[step] + 1] -= 1
  }

  /// A restored contact is on `step`.
  func place(_ step: Int) {
    base[starts[step] + 1] += 1
  }

  /// Contacts on each step now.
  var present: [Int] {
    starts.map { base[$0 + 1] }
  }

  /// The counts as a value.
  var tally: StepTally {
    var tally = StepTally(paths: paths)
    for step in starts.indices {
      let start = starts[step]
      tally.arrived[step] = base[start]
      tally.present[step] = base[start + 1]
      for path in 0..<paths[step] { tally.left[step][path] = base[start + 2 + path] }
      for reason in 0..<reasons {
        tally.exited[step][reason] = base[start + 2 + paths[step] + reason]
      }
    }
    return tally
  }
}
