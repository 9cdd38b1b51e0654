import JourneyModel

/// What a change does: two simulations over the same data, span and schedule, one of the
/// saved version and one of the edited draft, set side by side step by step (matched by
/// step id) and for the journey's totals.
public struct ReportComparison: Sendable, Equatable {
  /// One step in either version.
  public struct StepDelta: Sendable, Equatable {
    /// The step's id.
    public let id: StepID
    /// Its row in the saved version's report, nil for a step the draft adds.
    public let saved: SimulationReport.StepRow?
    /// Its row in the draft's report, nil for a step the draft removes.
    public let draft: SimulationReport.StepRow?

    /// Arrivals in the draft minus arrivals in the saved version.
    public var arrivedChange: Int { (draft?.arrived ?? 0) - (saved?.arrived ?? 0) }
  }

  /// One journey total in both versions.
  public struct TotalDelta: Sendable, Equatable {
    /// What is counted: "entered", "completed", "exited", "activations email".
    public let name: String
    /// The saved version's count.
    public let saved: Int
    /// The draft's count.
    public let draft: Int

    /// The draft's count minus the saved one.
    public var change: Int { draft - saved }
  }

  /// The saved version's report.
  public let saved: SimulationReport
  /// The draft's report.
  public let draft: SimulationReport
  /// The draft's steps in tree order, then the steps only the saved version has.
  public let steps: [StepDelta]
  /// Entered, completed, exited, then activations per destination of either version.
  public let totals: [TotalDelta]

  /// Compares the report of the saved version with the report of the draft.
  public init(saved: SimulationReport, draft: SimulationReport) {
    self.saved = saved
    self.draft = draft
    let savedRows = Dictionary(
      saved.steps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let draftIDs = Set(draft.steps.map(\.id))
    steps = draft.steps.map { StepDelta(id: $0.id, saved: savedRows[$0.id], draft: $0) }
      + saved.steps.filter { !draftIDs.contains($0.id) }.map {
        StepDelta(id: $0.id, saved: $0, draft: nil)
      }

    var totals = [
      TotalDelta(name: "entered", saved: saved.entered, draft: draft.entered),
      TotalDelta(name: "completed", saved: saved.completed, draft: draft.completed),
      TotalDelta(name: "exited", saved: saved.exitedTotal, draft: draft.exitedTotal),
    ]
    var destinations = saved.activations.map(\.name)
    for count in draft.activations where !destinations.contains(count.name) {
      destinations.append(count.name)
    }
    for name in destinations {
      totals.append(TotalDelta(
        name: "activations \(name)", saved: ReportComparison.value(name, saved.activations),
        draft: ReportComparison.value(name, draft.activations)))
    }
    self.totals = totals
  }

  /// The step `id`'s comparison, if either version has it.
  public func step(_ id: StepID) -> StepDelta? {
    steps.first { $0.id == id }
  }

  private static func value(_ name: String, _ counts: [SimulationReport.Count]) -> Int {
    counts.first { $0.name == name }?.value ?? 0
  }
}
