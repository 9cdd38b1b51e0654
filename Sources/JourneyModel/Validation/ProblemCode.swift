/// The rules a journey is checked against. The raw value is the stable code that scripts,
/// the CLI's output and the documentation use.
public enum ProblemCode: String, CaseIterable, Equatable, Hashable, Sendable {
  /// The journey's time zone, or the workspace's one it falls back to, is not a known zone.
  case invalidTimeZone = "invalid-time-zone"
  /// The processing schedule is out of bounds.
  case invalidSchedule = "invalid-schedule"
  /// No entry rule.
  case noEntryRule = "no-entry-rule"
  /// More than ten entry rules.
  case tooManyEntryRules = "too-many-entry-rules"
  /// More than ten exit rules.
  case tooManyExitRules = "too-many-exit-rules"
  /// Two steps share an id.
  case duplicateStepID = "duplicate-step-id"
  /// No Start step.
  case noStart = "no-start"
  /// More than one Start step.
  case secondStart = "second-start"
  /// A path names a step that does not exist.
  case unknownTarget = "unknown-target"
  /// A path leads back to Start.
  case leadsToStart = "leads-to-start"
  /// Two paths lead to one step.
  case twoParents = "two-parents"
  /// No path leads to a step.
  case unreachableStep = "unreachable-step"
  /// Steps lead to each other in a loop.
  case cycle = "cycle"
  /// A Stop with a step after it.
  case stepAfterStop = "step-after-stop"
  /// A Segment branch or a Pause Until path that leads to no step.
  case branchNotConnected = "branch-not-connected"
  /// A Wait with neither a duration nor a weekday and time.
  case waitWithoutDuration = "wait-without-duration"
  /// A Wait shorter than one unit.
  case waitTooShort = "wait-too-short"
  /// A Wait longer than 365 days.
  case waitTooLong = "wait-too-long"
  /// A Wait until a weekday that is not one.
  case invalidWeekday = "invalid-weekday"
  /// A Wait until a time of day that is not HH:MM.
  case invalidTime = "invalid-time"
  /// A Wait reads the contact's zone from a field that is not a string field.
  case zoneFieldNotString = "zone-field-not-string"
  /// A Segment without a field.
  case segmentWithoutField = "segment-without-field"
  /// A Segment without groups.
  case segmentWithoutGroups = "segment-without-groups"
  /// A Segment with more than ten groups.
  case tooManySegmentGroups = "too-many-segment-groups"
  /// A Segment group without a name.
  case segmentGroupWithoutName = "segment-group-without-name"
  /// Two groups of one Segment with the same name.
  case duplicateGroupName = "duplicate-group-name"
  /// A Segment group without values.
  case segmentGroupWithoutValues = "segment-group-without-values"
  /// A Pause Until without a condition.
  case pauseWithoutCondition = "pause-without-condition"
  /// A Pause Until timeout under one minute.
  case timeoutTooShort = "timeout-too-short"
  /// A Pause Until timeout over 365 days.
  case timeoutTooLong = "timeout-too-long"
  /// An Activate without a destination.
  case activateWithoutDestination = "activate-without-destination"
  /// A profile field missing from the catalogue.
  case unknownField = "unknown-field"
  /// An event table missing from the catalogue.
  case unknownEvent = "unknown-event"
  /// An event property missing from its table.
  case unknownProperty = "unknown-property"
  /// An audience missing from the catalogue.
  case unknownAudience = "unknown-audience"
  /// A destination missing from the catalogue.
  case unknownDestination = "unknown-destination"
  /// A condition or group value that is empty or absent.
  case missingValue = "missing-value"
  /// Several values for an operator that takes one.
  case tooManyValues = "too-many-values"
  /// An operator that means nothing for the field's type.
  case operatorTypeMismatch = "operator-type-mismatch"
  /// A value that does not fit its field's type.
  case valueTypeMismatch = "value-type-mismatch"
  /// An event count under one.
  case invalidMinimumCount = "invalid-minimum-count"

  /// An Activate right after Start.
  case activateAfterStart = "activate-after-start"
  /// A Pause Until without a timeout.
  case pauseWithoutTimeout = "pause-without-timeout"
  /// Allow Journey Repeat with an Activate that no Wait precedes.
  case repeatWithoutWait = "repeat-without-wait"
  /// One value in two groups of a Segment.
  case duplicateSegmentValue = "duplicate-segment-value"
  /// A Segment value outside the field's known values.
  case unknownSegmentValue = "unknown-segment-value"
  /// A path that ends without a Stop.
  case pathWithoutStop = "path-without-stop"
  /// A Wait directly on a Pause Until path.
  case waitOnPausePath = "wait-on-pause-path"
  /// A Wait directly before a Stop.
  case waitBeforeStop = "wait-before-stop"
  /// One destination activated twice on one path.
  case duplicateDestinationOnPath = "duplicate-destination-on-path"

  /// Whether the rule blocks Publish and Resume.
  public var severity: ProblemSeverity {
    switch self {
    case .activateAfterStart, .pauseWithoutTimeout, .repeatWithoutWait, .duplicateSegmentValue,
      .unknownSegmentValue, .pathWithoutStop, .waitOnPausePath, .waitBeforeStop,
      .duplicateDestinationOnPath:
      return .warning
    default:
      return .error
    }
  }
}
