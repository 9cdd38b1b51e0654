extension CellBuffer {
  /// The runs of cells that differ from `previous`, row by row, left to right.
  ///
  /// Each run is a maximal stretch of changed cells on one row; a wide character is always
  /// kept whole with its continuation cell. When the sizes differ every row is one run (a full
  /// repaint). The cursor is not compared.
  public func diff(from previous: CellBuffer) -> [CellRun] {
    guard previous.size == size else {
      return (0..<size.height).map { y in
        CellRun(origin: Point(x: 0, y: y), cells: Array(row(y)))
      }
    }

    var runs: [CellRun] = []
    for y in 0..<size.height {
      runs += changedRuns(in: y, previous: previous.row(y))
    }
    return runs
  }

  private func changedRuns(in y: Int, previous: ArraySlice<Cell>) -> [CellRun] {
    let current = Array(row(y))
    let old = Array(previous)
    var changed = current.indices.map { current[$0] != old[$0] }
    for x in current.indices where changed[x] {
      if current[x].isContinuation, x > 0 {
        changed[x - 1] = true
      }
      if current[x].width == 2, x + 1 < current.count {
        changed[x + 1] = true
      }
    }

    var runs: [CellRun] = []
    var x = 0
    while x < current.count {
      guard changed[x] else {
        x += 1
        continue
      }
      let start = x
      while x < current.count, changed[x] {
        x += 1
      }
      runs.append(CellRun(origin: Point(x: start, y: y), cells: Array(current[start..<x])))
    }
    return runs
  }
}
