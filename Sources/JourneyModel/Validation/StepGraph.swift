/// The steps of any journey value, arranged for checking even when they do not form a tree:
/// the order to check them in, each step's parent, and whether the arrangement is a tree.
///
/// Reachable steps come depth first from Start, children in path order, exactly as
/// `StepTree.rows` orders them; steps no walk from Start reaches follow in file order.
/// A class, so that every step's checks share one copy.
final class StepGraph {
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
    let indexByID = Dictionary(
      steps.indices.map { (steps[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    let starts = steps.indices.filter { steps[$0].kind.type == .start }
    let start = starts.first
    var isTree = indexByID.count == steps.count && starts.count == 1

    var parents: [(index: Int, label: PathLabel)?] = Array(repeating: nil, count: steps.count)
    var children: [[Int]] = Array(repeating: [], count: steps.count)
    for index in steps.indices {
      steps[index].kind.forEachPath { label, target in
        guard let target else { return }
        guard let child = indexByID[target], steps[child].kind.type != .start else {
          isTree = false
          return
        }
        children[index].append(child)
        if parents[child] == nil {
          parents[child] = (index, label)
        } else {
          isTree = false
        }
      }
    }

    let order = StepGraph.walk(children, from: start)
    self.steps = steps
    self.indexByID = indexByID
    self.parents = parents
    self.order = order.all
    self.isTree = isTree && start != nil && order.reached == steps.count
  }

  /// The depth-first order from `start`, then every step not reached in file order; and how
  /// many steps the walk reached.
  private static func walk(_ children: [[Int]], from start: Int?) -> (all: [Int], reached: Int) {
    var order: [Int] = []
    order.reserveCapacity(children.count)
    var seen = Array(repeating: false, count: children.count)
    var pending: [Int] = start.map { [$0] } ?? []
    while let index = pending.popLast() {
      guard !seen[index] else { continue }
      seen[index] = true
      order.append(index)
      pending.append(contentsOf: children[index].reversed())
    }

    let reached = order.count
    for index in children.indices where !seen[index] { order.append(index) }
    return (order, reached)
  }

  /// The step with `id`, the first one when two share it.
  func step(_ id: StepID) -> Step? { indexByID[id].map { steps[$0] } }

  /// The step whose path leads to the step at `index` (the first such path in file order),
  /// and that path's label.
  func parent(of index: Int) -> (step: Step, label: PathLabel)? {
    parents[index].map { (steps[$0.index], $0.label) }
  }

  /// The positions of the steps above the one at `index`, nearest first, up to Start; a loop
  /// is followed at most once round.
  func ancestors(of index: Int) -> [Int] {
    var result: [Int] = []
    var current = index
    while let up = parents[current], result.count < steps.count {
      result.append(up.index)
      current = up.index
    }
    return result
  }
}
