import JourneyModel

/// Makes new steps: a fresh id and a starting configuration that shows what to fill in.
enum StepFactory {
  /// The step types that can be added (everything but Start).
  static let addableTypes: [StepType] = [.wait, .segment, .pauseUntil, .activate, .stop]

  /// A new step of `type` with an id not used in `journey`.
  static func make(_ type: StepType, in journey: Journey) -> Step {
    Step(id: freshID(for: type, in: journey), kind: kind(type))
  }

  /// "wait-1", "wait-2"...: the first id of that form not taken.
  static func freshID(for type: StepType, in journey: Journey) -> StepID {
    freshID(base: idBase(type), taken: Set(journey.steps.map(\.id)))
  }

  /// `base-N` for the smallest N ≥ 1 not in `taken`.
  static func freshID(base: String, taken: Set<StepID>) -> StepID {
    var number = 1
    while taken.contains("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }

  /// What a new step of each type holds: a one-day Wait, a Segment with one empty group, a
  /// Pause Until with a 7-day timeout, an Activate without destination.
  static func kind(_ type: StepType) -> StepKind {
    switch type {
    case .start: return .start(next: nil)
    case .wait: return .wait(WaitStep(mode: .duration(TimeSpan(1, .days))))
    case .segment:
      return .segment(SegmentStep(field: nil, groups: [SegmentGroup(name: "Group 1", values: [])]))
    case .pauseUntil:
      return .pauseUntil(PauseUntilStep(condition: nil, timeout: TimeSpan(7, .days)))
    case .activate: return .activate(ActivateStep(destinations: []))
    case .stop: return .stop(next: nil)
    }
  }

  /// The start of new ids for steps of `type`: "wait", "pause"...
  static func idBase(_ type: StepType) -> String {
    switch type {
    case .start: return "start"
    case .wait: return "wait"
    case .segment: return "segment"
    case .pauseUntil: return "pause"
    case .activate: return "activate"
    case .stop: return "stop"
    }
  }
}
