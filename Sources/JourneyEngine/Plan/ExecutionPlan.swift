import JourneyModel
import TextFormats

/// A journey compiled against the catalogue and the data: steps numbered with their paths
/// resolved, conditions compiled to typed tests, and the qualifying event times and audience
/// memberships the rules read, computed once.
public struct ExecutionPlan: Sendable {
  /// The journey as written.
  public let journey: Journey
  /// The journey's time zone.
  public let zone: ZoneRules
  /// Destination ids, as Activate steps refer to them by index.
  public let destinations: [String]
  /// The data the plan reads.
  public let data: ContactData
  /// The steps, in the journey tree's depth-first order (Start first).
  let steps: [PlanStep]
  /// Qualifying event times per event condition.
  let series: [EventSeries]
  /// Membership intervals per audience used by an entry rule.
  let timelines: [IntervalTable]
  /// Entry rules.
  let entry: EntryPlan
  /// Exit rules.
  let exit: ExitPlan

  /// Compiles `journey` for `data`, described by `hub`.
  public init(journey: Journey, hub: Hub, data: ContactData) throws(EngineError) {
    var compiler = try PlanCompiler(journey: journey, hub: hub, data: data)
    let steps = try compiler.compileSteps()
    let entry = try compiler.compileEntry()
    let exit = try compiler.compileExit()
    self.journey = journey
    zone = compiler.zone
    destinations = compiler.destinations
    self.data = data
    self.steps = steps
    series = compiler.series
    timelines = compiler.timelines
    self.entry = entry
    self.exit = exit
  }

  /// The step ids, Start first, in the tree's depth-first order.
  public var stepIDs: [StepID] { steps.map(\.id) }

  /// The number of the step with `id`.
  public func stepIndex(_ id: StepID) -> Int? {
    steps.firstIndex { $0.id == id }
  }

  /// The type of step `index`.
  public func stepType(_ index: Int) -> StepType { steps[index].type }

  /// The path names of step `index`, in display order.
  public func pathNames(_ index: Int) -> [String] { steps[index].pathNames }

  /// The steps the paths of step `index` lead to (nil where a path ends the journey).
  public func pathTargets(_ index: Int) -> [Int?] {
    steps[index].targets.map { $0 < 0 ? nil : Int($0) }
  }
}
