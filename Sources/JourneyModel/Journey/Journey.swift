import Foundation

/// A customer journey: who enters, the tree of steps they move through, and when they leave.
public struct Journey: Equatable, Sendable {
  /// Stable identifier, also the file name without `.json`.
  public var id: String
  /// The name a marketer reads in lists.
  public var name: String
  /// Free text describing the journey's purpose.
  public var description: String
  /// Draft, Active or Paused.
  public var status: JourneyStatus
  /// Published version; 0 for a journey never published. Increments on Publish and Resume.
  public var version: Int
  /// When the journey was last changed, in seconds since 1970-01-01T00:00:00Z.
  public var updatedAt: Int64
  /// Time zone, enrollment mode and processing schedule.
  public var settings: JourneySettings
  /// Whether a contact that completed or exited may enter again.
  public var allowRepeat: Bool
  /// Who enters: one to ten rules joined by ANY or ALL.
  public var entry: RuleSet<EntryRule>
  /// Who leaves early: up to ten rules joined by ANY or ALL.
  public var exit: RuleSet<Condition>
  /// Every step, Start first, in the order they are written in the file.
  public var steps: [Step]

  /// Creates a journey.
  public init(
    id: String, name: String, description: String = "", status: JourneyStatus = .draft,
    version: Int = 0, updatedAt: Int64 = 0, settings: JourneySettings = JourneySettings(),
    allowRepeat: Bool = false, entry: RuleSet<EntryRule> = RuleSet(),
    exit: RuleSet<Condition> = RuleSet(), steps: [Step]
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.status = status
    self.version = version
    self.updatedAt = updatedAt
    self.settings = settings
    self.allowRepeat = allowRepeat
    self.entry = entry
    self.exit = exit
    self.steps = steps
  }

  /// A new draft with a Start step and a Stop after it.
  public static func draft(id: String, name: String, at time: Int64) -> Journey {
    Journey(
      id: id, name: name, updatedAt: time,
      steps: [
        Step(id: "start", kind: .start(next: "stop")),
        Step(id: "stop", kind: .stop(next: nil)),
      ])
  }

  /// The step with `id`, if there is one.
  public func step(_ id: StepID) -> Step? {
    steps.first { $0.id == id }
  }

  /// The Start step, if the journey has one.
  public var start: Step? {
    steps.first { $0.kind.type == .start }
  }
}
