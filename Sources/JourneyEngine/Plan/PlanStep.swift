import JourneyModel
import TextFormats

/// One step of a compiled journey: what it does and where each of its paths leads.
struct PlanStep: Sendable {
  /// The step's id in the journey.
  let id: StepID
  /// The step's type.
  let type: StepType
  /// The paths out, in display order.
  let paths: [PathLabel]
  /// The names of the paths for reports: a Segment group's name, "other", "met",
  /// "timeout" or "next".
  let pathNames: [String]
  /// The step each path leads to, or -1 where the path ends the journey.
  let targets: [Int32]
  /// What the step does.
  let action: StepAction
}

/// What a step does with a contact that reaches it.
enum StepAction: Sendable {
  /// Start: passes the contact on.
  case pass
  /// Holds the contact until a moment computed from its arrival.
  case wait(WaitRule)
  /// Sends the contact down the first group holding its value.
  case segment(SegmentRule)
  /// Holds the contact until a condition is met or a timeout passes.
  case pause(PauseRule)
  /// Activates destinations (indexes into the plan's destinations).
  case activate([Int32])
  /// Ends the journey for the contact.
  case stop
}

/// When a Wait releases a contact.
enum WaitRule: Sendable {
  /// A duration after arrival.
  case duration(TimeSpan)
  /// The first weekday (ISO number) and time at or after arrival, in the journey's zone, or
  /// in the zone named by a profile field (`zones[code]` per string of that field; nil
  /// entries fall back to the journey's zone).
  case weekday(day: Int, secondOfDay: Int, field: Int?, zones: [ZoneRules?])
}

/// How a Segment picks a branch.
struct SegmentRule: Sendable {
  /// The profile field.
  let field: Int
  /// The groups' values, in order, as compiled tests (`in` the group's values).
  let groups: [FieldTest]
}

/// What releases a Pause Until.
struct PauseRule: Sendable {
  /// The condition.
  let condition: Condition
  /// The longest pause, if any.
  let timeout: TimeSpan?

  /// A compiled condition.
  enum Condition: Sendable {
    /// A profile field test.
    case profile(FieldTest)
    /// The Nth qualifying event (series index into the plan, count, description).
    case event(series: Int, count: Int, text: String)
  }
}
