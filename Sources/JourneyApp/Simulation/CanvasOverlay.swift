import Foundation
import JourneyModel
import JourneySimulator
import TerminalKit

/// What a simulation adds to the canvas: three count columns on the right of every step
/// (contacts there now, that moved on, that left the journey there; in a comparison the
/// saved version's arrivals, the draft's and the change), how many took each branch, and
/// the followed contact's path.
struct CanvasOverlay {
  /// The narrowest a count column gets: room for its title and a gap.
  static let minimumColumnWidth = 8

  /// The width of one count column: the widest count or title, and a gap.
  let columnWidth: Int

  /// The report's rows by step id; empty while no report fits the journey.
  let rows: [StepID: SimulationReport.StepRow]
  /// For each row that starts a branch: how many took that branch, and its count's key.
  let branches: [CanvasTarget: (count: Int, key: CountKey)]
  /// The steps the followed contact reached.
  let followedPath: Set<StepID>
  /// The step the followed contact is on now.
  let followedStep: StepID?
  /// The counts that just changed.
  let highlighted: Set<CountKey>
  /// The comparison shown instead of the live counts, if any.
  let comparison: ReportComparison?

  /// The overlay of `simulation` on `journey` at `now`; nil without a frame.
  init?(_ simulation: SimulationState, journey: Journey, now: Date) {
    guard let frame = simulation.frame else { return nil }
    let fits = frame.context.journey.runsLike(journey)
    let report = frame.report
    rows = fits
      ? Dictionary(report.steps.map { ($0.id, $0) }, uniquingKeysWith: { one, _ in one }) : [:]
    var branches: [CanvasTarget: (count: Int, key: CountKey)] = [:]
    for step in journey.steps where CanvasLayout.isBranching(step) {
      guard let row = rows[step.id] else { continue }
      for (index, path) in step.paths.enumerated() where row.left.indices.contains(index) {
        let target = path.target.map { CanvasTarget.step($0) }
          ?? .emptyPath(parent: step.id, label: path.label)
        branches[target] = (row.left[index].value, .path(step.id, index))
      }
    }
    self.branches = branches
    let trace = frame.trace?.contactID == simulation.followed ? frame.trace : nil
    followedPath = Set(trace?.events.compactMap { $0.kind == .reached ? $0.step : nil } ?? [])
    followedStep = trace?.status == .inside ? trace?.step : nil
    highlighted = Set(simulation.changed.keys.filter { simulation.isHighlighted($0, at: now) })
    comparison = simulation.view == .compare ? simulation.comparison?.result : nil
    columnWidth = CanvasOverlay.width(rows.values, comparison)
  }

  /// The column width that fits every count of `rows` (or of `comparison`) and a gap.
  private static func width(
    _ rows: Dictionary<StepID, SimulationReport.StepRow>.Values, _ comparison: ReportComparison?
  ) -> Int {
    let texts: [String]
    if let comparison {
      texts = comparison.steps.flatMap { step in
        [
          CountText.number(step.saved?.arrived ?? 0), CountText.number(step.draft?.arrived ?? 0),
          CountText.change(step.arrivedChange),
        ]
      }
    } else {
      texts = rows.flatMap { row in
        [CountText.number(row.present), CountText.number(CountChanges.passed(row))]
      }
    }
    return max((texts.map(\.count).max() ?? 0) + 2, minimumColumnWidth)
  }

  /// The width of the count columns.
  var width: Int { 3 * columnWidth }

  /// The column titles, right-aligned like the counts.
  var header: String {
    let titles = comparison == nil ? ["now", "passed", "exited"] : ["saved", "draft", "change"]
    return titles.map { pad($0) }.joined()
  }

  /// The count columns of `target`'s row.
  func columns(_ target: CanvasTarget) -> [TextSpan] {
    guard case .step(let id) = target else {
      return [TextSpan(String(repeating: " ", count: width))]
    }
    if let comparison { return compared(comparison.step(id)) }
    guard let row = rows[id] else { return [TextSpan(pad("·") + pad("") + pad(""), role: .muted)] }
    let isStop = row.type == .stop
    return [
      count(isStop ? nil : row.present, .present(id)),
      count(CountChanges.passed(row), .passed(id)),
      count(isStop || row.exitedTotal == 0 ? nil : row.exitedTotal, .exited(id)),
    ]
  }

  /// The count after the branch label of a row that starts a branch: " 1,204".
  func branchCount(_ target: CanvasTarget) -> TextSpan? {
    guard comparison == nil, let branch = branches[target] else { return nil }
    let role: Role = highlighted.contains(branch.key) ? .changed : .simCount
    return TextSpan(" " + CountText.number(branch.count), role: role)
  }

  private func compared(_ delta: ReportComparison.StepDelta?) -> [TextSpan] {
    guard let delta else { return [TextSpan(pad(""))] }
    let saved = delta.saved.map { CountText.number($0.arrived) } ?? "new"
    let draft = delta.draft.map { CountText.number($0.arrived) } ?? "removed"
    let change = delta.arrivedChange
    return [
      TextSpan(pad(saved), role: .simCount), TextSpan(pad(draft), role: .simCount),
      TextSpan(pad(CountText.change(change)), role: change == 0 ? .muted : .changed),
    ]
  }

  private func count(_ value: Int?, _ key: CountKey) -> TextSpan {
    guard let value else { return TextSpan(pad("")) }
    let role: Role = highlighted.contains(key) ? .changed : (value == 0 ? .muted : .simCount)
    return TextSpan(pad(CountText.number(value)), role: role)
  }

  private func pad(_ text: String) -> String {
    TextWidth.pad(text, to: columnWidth, alignment: .right)
  }
}
