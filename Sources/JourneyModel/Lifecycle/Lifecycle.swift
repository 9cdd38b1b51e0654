/// The lifecycle of a journey as pure functions: each returns the changed journey or says why
/// the change is refused. Saving the journey and keeping the published copy is the caller's
/// job (`Workspace.save(_:)`, `Workspace.archive(_:)`).
///
/// Draft: never runs, everything can be edited. Active: runs, nothing can be edited.
/// Paused: never runs, can be edited; the changes go live on Resume.
public enum Lifecycle {
  /// Draft to Active. Errors refuse it; warnings refuse it unless `acceptWarnings`. The
  /// version goes up by one and `updatedAt` becomes `time`.
  public static func publish(
    _ journey: Journey, hub: Hub, acceptWarnings: Bool, at time: Int64
  ) throws(LifecycleError) -> Journey {
    try goLive(.publish, journey, hub, acceptWarnings, time)
  }

  /// Active to Paused; `updatedAt` becomes `time`, the version stays.
  public static func pause(_ journey: Journey, at time: Int64) throws(LifecycleError) -> Journey {
    try checkState(.pause, journey)

    var paused = journey
    paused.status = .paused
    paused.updatedAt = time
    return paused
  }

  /// Paused to Active, through the same checklist as Publish; the version goes up by one.
  public static func resume(
    _ journey: Journey, hub: Hub, acceptWarnings: Bool, at time: Int64
  ) throws(LifecycleError) -> Journey {
    try goLive(.resume, journey, hub, acceptWarnings, time)
  }

  /// Nil when `journey` may be edited, else why not: an Active journey is frozen.
  public static func editRefusal(_ journey: Journey) -> String? {
    guard journey.status == .active else { return nil }
    return "this journey is Active: pause it to make changes"
  }

  /// Nil when `action` applies to `journey`'s state, else why not, for disabled actions in
  /// menus and key hints.
  public static func stateRefusal(_ action: LifecycleAction, _ journey: Journey) -> String? {
    guard journey.status != action.from else { return nil }
    return LifecycleError.wrongState(action, journey.status).description
  }

  private static func goLive(
    _ action: LifecycleAction, _ journey: Journey, _ hub: Hub, _ acceptWarnings: Bool,
    _ time: Int64
  ) throws(LifecycleError) -> Journey {
    try checkState(action, journey)

    let checklist = PublishChecklist(journey, hub: hub)
    if checklist.isBlocked { throw .blocked(action, checklist) }
    if !checklist.mayProceed(acceptingWarnings: acceptWarnings) {
      throw .warningsNotAccepted(action, checklist)
    }

    let (version, overflow) = max(journey.version, 0).addingReportingOverflow(1)
    if overflow { throw .versionExhausted(journey.version) }
    var live = journey
    live.status = action.to
    live.version = version
    live.updatedAt = time
    return live
  }

  private static func checkState(
    _ action: LifecycleAction, _ journey: Journey
  ) throws(LifecycleError) {
    guard journey.status == action.from else { throw .wrongState(action, journey.status) }
  }
}
