/// The steps of any journey value, arranged for checking even when they do not form a tree:
/// the order to check them in, each step's parent, and whether the arrangement is a tree.
///
/// Reachable steps come depth first from Start, children in path order, exactly as
/// `StepTree.rows` orders them; steps no walk from Start reaches follow in file order.
struct StepGraph {
  /// The journey's steps, in file order.
  let steps: [Step]
  /// Positions in `steps`, in checking order; every step appears once.
  let order: [Int]
  /// Whether the steps form a tree rooted at a single Start.
  let isTree: Bool
  private let indexByID: [StepID: Int]
  private let parents: [(index: Int, label: PathLabel)?]

  /// Arranges `journey`'s steps.
  init(_ journey: Journey) {
    let steps = journey.steps
    var indexByID: [StepID: Int] = [:]
    indexByID.reserveCapacity(steps.count)
    var isTree = true
    for (index, step) in steps.enumerated() {
      if indexByID[step.id] == nil {
        indexByID[step.id] = index
      } else {
        isTree = false
      }
    }
    let startIndices = steps.indices.filter { steps[$0].kind.type == .start }
    if startIndices.count != 1 { isTree = false }

    var parents: [(index: Int, label: PathLabel)?] = Array(repeating: nil, count: steps.count)
    for (index, step) in steps.enumerated() {
      for path in step.paths {
        guard let target = path.target else { continue }
        guard let child = indexByID[target], steps[child].kind.type != .start else {
          isTree = false
          continue
        }
        if parents[child] == nil {
          parents[child] = (index, path.label)
        } else {
          isTree = false
        }
      }
    }

    let (order, reached) = StepGraph.walk(steps, from: startIndices.first, indexByID)
    if reached < steps.count { isTree = false }
    self.steps = steps
    self.indexByID = indexByID
    self.parents = parents
    self.isTree = isTree
    self.order = order
  }

  /// The depth-first order from `start`, then every step not reached, in file order; and how
  /// many steps the walk reached.
  private static func walk(
    _ steps: [Step], from start: Int?, _ indexByID: [StepID: Int]
  ) -> (order: [Int], reached: Int) {
    var order: [Int] = []
    order.reserveCapacity(steps.count)
    var seen = Array(repeating: false, count: steps.count)
    var pending: [Int] = start.map { [$0] } ?? []
    while let index = pending.popLast() {
      guard !seen[index] else { continue }
      seen[index] = true
      order.append(index)
      for path in steps[index].paths.reversed() {
        if let target = path.target, let child = indexByID[target], !seen[child] {
          pending.append(child)
        }
      }
    }
    let reached = order.count
    for index in steps.indices where !seen[index] { order.append(index) }
    return (order, reached)
  }

  /// The step with `id`, the first one when two share it.
  func step(_ id: StepID) -> Step? { indexByID[id].map { steps[$0] } }

  /// The step `path` leads to, when it exists.
  func target(of path: StepPath) -> Step? { path.target.flatMap(step) }

  /// The step whose path leads to the step at `index` (the first such path in file order),
  /// and that path's label.
  func parent(of index: Int) -> (step: Step, label: PathLabel)? {
    parents[index].map { (steps[$0.index], $0.label) }
  }

  /// The steps above the one at `index`, nearest first, up to Start; stops at a loop.
  func ancestors(of index: Int) -> [Step] {
    var result: [Step] = []
    var current = index
    while let up = parents[current], result.count < steps.count {
      result.append(steps[up.index])
      current = up.index
    }
    return result
  }
}
