/// The steps of a journey arranged as the tree rooted at Start: parents, children in path
/// order, and a depth-first order for drawing.
public struct StepTree: Sendable {
  /// One step in depth-first order, with its depth and the path that leads to it.
  public struct Row: Equatable, Sendable {
    /// The step's id.
    public var id: StepID
    /// 0 for Start, 1 for its children...
    public var depth: Int
    /// The parent's id and the path from it; nil for Start.
    public var via: (parent: StepID, label: PathLabel)?

    /// Creates a row.
    public init(id: StepID, depth: Int, via: (parent: StepID, label: PathLabel)?) {
      self.id = id
      self.depth = depth
      self.via = via
    }

    /// Rows are equal when they name the same step the same way.
    public static func == (lhs: Row, rhs: Row) -> Bool {
      lhs.id == rhs.id && lhs.depth == rhs.depth && lhs.via?.parent == rhs.via?.parent
        && lhs.via?.label == rhs.via?.label
    }
  }

  /// Every step reachable from Start, depth first, children in path order.
  public let rows: [Row]
  /// The position of each step in `rows`.
  public let rowIndex: [StepID: Int]
  private let stepsByID: [StepID: Step]

  /// Arranges `journey`'s steps, or says how they fail to form a tree.
  public init(_ journey: Journey) throws(TreeError) {
    var byID: [StepID: Step] = [:]
    for step in journey.steps {
      guard byID[step.id] == nil else { throw .duplicateID(step.id) }
      byID[step.id] = step
    }
    let starts = journey.steps.filter { $0.kind.type == .start }
    guard let start = starts.first else { throw .noStart }
    guard starts.count == 1 else { throw .secondStart(starts[1].id) }

    var parent: [StepID: StepID] = [:]
    for step in journey.steps {
      for path in step.paths {
        guard let target = path.target else { continue }
        guard byID[target] != nil else {
          throw .unknownTarget(from: step.id, label: path.label, target: target)
        }
        if target == start.id { throw .leadsToStart(step.id) }
        if let first = parent[target] {
          throw .twoParents(target, first: first, second: step.id)
        }
        parent[target] = step.id
      }
    }

    if let orphan = journey.steps.first(where: { $0.id != start.id && parent[$0.id] == nil }) {
      throw .unreachable(orphan.id)
    }
    var rows: [Row] = []
    var pending: [Row] = [Row(id: start.id, depth: 0, via: nil)]
    while let row = pending.popLast() {
      rows.append(row)
      let step = byID[row.id]
      let children = (step?.paths ?? []).compactMap { path in
        path.target.map { Row(id: $0, depth: row.depth + 1, via: (row.id, path.label)) }
      }
      pending.append(contentsOf: children.reversed())
    }
    if rows.count < journey.steps.count {
      let seen = Set(rows.map(\.id))
      let looped = journey.steps.filter { !seen.contains($0.id) }.map(\.id)
      throw .cycle(looped)
    }

    self.rows = rows
    self.stepsByID = byID
    var index: [StepID: Int] = [:]
    for (offset, row) in rows.enumerated() { index[row.id] = offset }
    self.rowIndex = index
  }

  /// The step with `id`.
  public func step(_ id: StepID) -> Step? { stepsByID[id] }

  /// The parent of `id` and the path from it; nil for Start or an unknown id.
  public func parent(of id: StepID) -> (parent: StepID, label: PathLabel)? {
    rowIndex[id].flatMap { rows[$0].via }
  }

  /// The steps from Start down to `id`, both included.
  public func ancestry(of id: StepID) -> [StepID] {
    var chain: [StepID] = [id]
    var current = id
    while let up = parent(of: current) {
      chain.append(up.parent)
      current = up.parent
    }
    return chain.reversed()
  }

  /// `id` and every step below it.
  public func subtree(of id: StepID) -> [StepID] {
    guard let first = rowIndex[id] else { return [] }
    let depth = rows[first].depth
    var result = [id]
    var index = first + 1
    while index < rows.count, rows[index].depth > depth {
      result.append(rows[index].id)
      index += 1
    }
    return result
  }
}

/// Why a journey's steps do not form a tree rooted at a single Start.
public enum TreeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Two steps share an id.
  case duplicateID(StepID)
  /// No step has type start.
  case noStart
  /// More than one Start.
  case secondStart(StepID)
  /// A path names a step that does not exist.
  case unknownTarget(from: StepID, label: PathLabel, target: StepID)
  /// A path leads back to Start.
  case leadsToStart(StepID)
  /// Two paths lead to the same step.
  case twoParents(StepID, first: StepID, second: StepID)
  /// No path leads to a step.
  case unreachable(StepID)
  /// Steps lead to each other in a loop.
  case cycle([StepID])

  /// The step the error is about, to point at it.
  public var stepID: StepID? {
    switch self {
    case .duplicateID(let id), .secondStart(let id), .leadsToStart(let id), .unreachable(let id):
      return id
    case .unknownTarget(let from, _, _): return from
    case .twoParents(_, _, let second): return second
    case .cycle(let ids): return ids.first
    case .noStart: return nil
    }
  }

  /// What is wrong and how to fix it.
  public var description: String {
    switch self {
    case .duplicateID(let id):
      return "two steps have the id \"\(id)\": give each step its own id"
    case .noStart:
      return "the journey has no Start step: add one step with \"type\": \"start\""
    case .secondStart(let id):
      return "step \"\(id)\" is a second Start: a journey has exactly one Start step"
    case .unknownTarget(let from, let label, let target):
      return "the \(label) path of step \"\(from)\" leads to \"\(target)\", which is not a step: "
        + "fix the id or add the step"
    case .leadsToStart(let id):
      return "step \"\(id)\" leads back to Start: Start cannot follow another step"
    case .twoParents(let id, let first, let second):
      return "step \"\(id)\" has two parents, \"\(first)\" and \"\(second)\": a step follows "
        + "exactly one step, so give one of them a copy of it instead"
    case .unreachable(let id):
      return "step \"\(id)\" is not connected: no path leads to it, so connect it or remove it"
    case .cycle(let ids):
      return "steps " + ids.map { "\"\($0)\"" }.joined(separator: ", ")
        + " lead to each other in a cycle: a journey is a tree, so break the loop"
    }
  }
}
