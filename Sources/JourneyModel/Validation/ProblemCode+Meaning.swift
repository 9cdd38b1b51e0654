extension ProblemCode {
  /// What the rule checks, in one line, for help screens and the documentation.
  public var meaning: String {
    switch self {
    case .invalidTimeZone:
      return "the journey's time zone (or the workspace's, when the journey has none) is not "
        + "an IANA zone name"
    case .invalidSchedule:
      return "the schedule runs every N hours with N outside 1-24, or at a time that is not "
        + "HH:MM"
    case .noEntryRule: return "the journey has no entry rule, so nobody can enter"
    case .tooManyEntryRules: return "the journey has more than 10 entry rules"
    case .tooManyExitRules: return "the journey has more than 10 exit rules"
    case .duplicateStepID: return "two steps have the same id"
    case .noStart: return "the journey has no Start step"
    case .secondStart: return "the journey has more than one Start step"
    case .unknownTarget: return "a path leads to a step id that does not exist"
    case .leadsToStart: return "a path leads back to Start"
    case .twoParents: return "two paths lead to the same step (steps form a tree, no merges)"
    case .unreachableStep: return "no path leads to a step"
    case .cycle: return "steps lead to each other in a loop"
    case .stepAfterStop: return "a Stop has a step after it; a Stop ends its path"
    case .branchNotConnected:
      return "a Segment group, its other branch, or a Pause Until path leads to no step"
    case .waitWithoutDuration: return "a Wait has neither a duration nor a weekday and time"
    case .waitTooShort: return "a Wait lasts less than 1 unit"
    case .waitTooLong: return "a Wait lasts more than 365 days"
    case .invalidWeekday: return "a Wait until a weekday names no weekday"
    case .invalidTime: return "a Wait until a weekday has a time that is not HH:MM"
    case .zoneFieldNotString:
      return "a Wait reads the contact's time zone from a field that is not a string field"
    case .segmentWithoutField: return "a Segment has no profile field to branch on"
    case .segmentWithoutGroups: return "a Segment has no groups"
    case .tooManySegmentGroups: return "a Segment has more than 10 groups"
    case .segmentGroupWithoutName: return "a Segment group has no name"
    case .duplicateGroupName: return "two groups of one Segment have the same name"
    case .segmentGroupWithoutValues: return "a Segment group has no values"
    case .pauseWithoutCondition: return "a Pause Until has no condition"
    case .timeoutTooShort: return "a Pause Until timeout is shorter than 1 minute"
    case .timeoutTooLong: return "a Pause Until timeout is longer than 365 days"
    case .activateWithoutDestination: return "an Activate has no destination"
    case .unknownField: return "a profile field is not in the hub catalogue"
    case .unknownEvent: return "an event table is not in the hub catalogue"
    case .unknownProperty: return "an event property is not a property of its event table"
    case .unknownAudience: return "an audience is not in the hub catalogue"
    case .unknownDestination: return "a destination is not in the hub catalogue"
    case .missingValue:
      return "a condition has no value, \"in\"/\"not in\" lists none, or a value is empty"
    case .tooManyValues: return "an operator that takes one value has several"
    case .operatorTypeMismatch:
      return "an ordering operator on a bool field, or \"contains\" on a field that is not a "
        + "string"
    case .valueTypeMismatch:
      return "a value does not fit its field's type (number, bool, ISO 8601 date)"
    case .invalidMinimumCount: return "an event condition needs fewer than 1 occurrence"
    case .activateAfterStart:
      return "an Activate comes right after Start: contacts are activated as they enter"
    case .pauseWithoutTimeout: return "a Pause Until has no timeout: contacts may wait for ever"
    case .repeatWithoutWait:
      return "Allow Journey Repeat is on and no Wait comes before an Activate"
    case .duplicateSegmentValue:
      return "a value is in two groups of one Segment; the first group wins"
    case .unknownSegmentValue: return "a Segment value is not one of the field's known values"
    case .pathWithoutStop: return "a path ends without a Stop"
    case .waitOnPausePath: return "a Wait comes directly after a Pause Until"
    case .waitBeforeStop: return "a Wait leads straight to a Stop"
    case .duplicateDestinationOnPath:
      return "an Activate sends to a destination an earlier Activate on its path already did"
    }
  }
}
