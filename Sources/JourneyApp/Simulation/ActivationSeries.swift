/// Activations per destination over the simulated span, added up in a fixed number of
/// equal time buckets so that memory does not grow with the number of runs.
struct ActivationSeries: Sendable, Equatable {
  /// How many buckets the span is cut into.
  static let bucketCount = 120

  /// The span's start.
  let from: Int64
  /// The span's end.
  let to: Int64
  /// The destinations, in the plan's order.
  let destinations: [String]
  /// Activations per destination and bucket.
  private(set) var buckets: [[Int]]

  /// An empty series over `from...to`.
  init(from: Int64, to: Int64, destinations: [String]) {
    self.from = from
    self.to = to
    self.destinations = destinations
    buckets = destinations.map { _ in Array(repeating: 0, count: ActivationSeries.bucketCount) }
  }

  /// Adds the activations per destination (in the plan's order) of a run at `time`.
  mutating func add(at time: Int64, _ counts: [Int]) {
    let bucket = self.bucket(of: time)
    for (index, count) in counts.enumerated() where count > 0 && buckets.indices.contains(index) {
      buckets[index][bucket] += count
    }
  }

  /// Each destination's activations in `width` columns over the span (buckets summed into
  /// the column that holds them).
  func columns(_ width: Int) -> [[Int]] {
    let width = max(width, 1)
    return buckets.map { series in
      var columns = Array(repeating: 0, count: width)
      for (index, count) in series.enumerated() where count > 0 {
        columns[index * width / ActivationSeries.bucketCount] += count
      }
      return columns
    }
  }

  /// The bucket of `time`, clamped to the span.
  private func bucket(of time: Int64) -> Int {
    let span = max(to - from, 1)
    let offset = min(max(time - from, 0), span)
    return min(Int(Double(offset) / Double(span) * Double(ActivationSeries.bucketCount)),
      ActivationSeries.bucketCount - 1)
  }
}
