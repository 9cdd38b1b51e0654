import JourneyModel

/// Orders canvas targets the way the canvas draws them with every branch unfolded.
struct CanvasOrder {
  private let index: [CanvasTarget: Int]

  /// The order of `journey`'s rows.
  init(journey: Journey) {
    let rows = CanvasLayout.rows(journey, collapsed: [], glyphs: .ascii)
    var index: [CanvasTarget: Int] = [:]
    for (offset, row) in rows.enumerated() { index[row.target] = offset }
    self.index = index
  }

  /// A key that sorts targets in canvas order; unknown targets go last.
  func key(_ target: CanvasTarget) -> Int {
    index[target] ?? Int.max
  }
}
