import Testing

@testable import JourneyModel

private typealias F = ValidationFixture

private let noon: Int64 = 1_790_000_000

private func journey(_ status: JourneyStatus, version: Int = 0) -> Journey {
  F.journey {
    $0.status = status
    $0.version = version
    $0.updatedAt = 1_000
  }
}

/// Catches the refusal of `change`, or records that there was none.
private func refusal(_ change: () throws -> Journey) -> LifecycleError? {
  do {
    _ = try change()
    Issue.record("the change was not refused")
  } catch let error as LifecycleError {
    return error
  } catch {
    Issue.record("unexpected error \(error)")
  }
  return nil
}

private let noDestination = F.journey { $0.changeActivate("act1") { $0.destinations = [] } }
private let noTimeout = F.journey { $0.changePause("pause") { $0.timeout = nil } }

@Test func publishTurnsADraftActiveAndRaisesTheVersion() throws {
  let published = try Lifecycle.publish(
    journey(.draft), hub: F.hub, acceptWarnings: false, at: noon)

  var expected = journey(.draft)
  expected.status = .active
  expected.version = 1
  expected.updatedAt = noon
  #expect(published == expected)
}

@Test func publishRefusesAJourneyThatIsNotADraft() {
  let fromActive = refusal {
    try Lifecycle.publish(journey(.active), hub: F.hub, acceptWarnings: true, at: noon)
  }
  let fromPaused = refusal {
    try Lifecycle.publish(journey(.paused), hub: F.hub, acceptWarnings: true, at: noon)
  }

  #expect(fromActive == .wrongState(.publish, .active))
  #expect(fromActive?.description == "only a Draft can be published; this journey is Active")
  #expect(fromPaused?.description == "only a Draft can be published; this journey is Paused")
}

@Test func publishRefusesErrorsAndListsThem() {
  let error = refusal {
    try Lifecycle.publish(noDestination, hub: F.hub, acceptWarnings: true, at: noon)
  }

  #expect(error == .blocked(.publish, PublishChecklist(noDestination, hub: F.hub)))
  #expect(error?.description == """
    cannot publish: the journey has 1 error; fix it and publish again
      error: Activate "act1" has no destination: choose at least one destination. \
    [activate-without-destination]
    """)
}

@Test func publishRefusesErrorsEvenWithWarningsAccepted() {
  let both = F.journey {
    $0.changeActivate("act1") { $0.destinations = [] }
    $0.changeActivate("act2") { $0.destinations = ["fax"] }
    $0.changePause("pause") { $0.timeout = nil }
  }

  let error = refusal { try Lifecycle.publish(both, hub: F.hub, acceptWarnings: true, at: noon) }

  #expect(error?.description == """
    cannot publish: the journey has 2 errors; fix them and publish again
      error: Activate "act1" has no destination: choose at least one destination. \
    [activate-without-destination]
      error: Activate "act2" sends to destination "fax", which is not in the catalogue: \
    choose one of its destinations. [unknown-destination]
    """)
}

@Test func publishRefusesUnacknowledgedWarnings() {
  let error = refusal {
    try Lifecycle.publish(noTimeout, hub: F.hub, acceptWarnings: false, at: noon)
  }

  #expect(error == .warningsNotAccepted(.publish, PublishChecklist(noTimeout, hub: F.hub)))
  #expect(error?.description == """
    cannot publish yet: the journey has 1 warning to acknowledge; review it, then publish \
    again accepting the warnings
      warning: Pause Until "pause" has no timeout: contacts that never meet the condition \
    wait for ever, so set a timeout of up to 365 days. [pause-without-timeout]
    """)
}

@Test func publishGoesAheadWithAcknowledgedWarnings() throws {
  let published = try Lifecycle.publish(noTimeout, hub: F.hub, acceptWarnings: true, at: noon)

  #expect(published.status == .active)
  #expect(published.version == 1)
  #expect(published.steps == noTimeout.steps)
}

@Test func pauseStopsAnActiveJourneyAndKeepsTheVersion() throws {
  let paused = try Lifecycle.pause(journey(.active, version: 3), at: noon)

  #expect(paused.status == .paused)
  #expect(paused.version == 3)
  #expect(paused.updatedAt == noon)
}

@Test func pauseRefusesAJourneyThatIsNotActive() {
  let fromDraft = refusal { try Lifecycle.pause(journey(.draft), at: noon) }
  let fromPaused = refusal { try Lifecycle.pause(journey(.paused), at: noon) }

  #expect(fromDraft?.description == "only an Active journey can be paused; this journey is Draft")
  #expect(fromPaused?.description
    == "only an Active journey can be paused; this journey is Paused")
}

@Test func resumeTurnsAPausedJourneyActiveAndRaisesTheVersion() throws {
  let resumed = try Lifecycle.resume(
    journey(.paused, version: 3), hub: F.hub, acceptWarnings: false, at: noon)

  #expect(resumed.status == .active)
  #expect(resumed.version == 4)
  #expect(resumed.updatedAt == noon)
}

@Test func resumeRefusesAJourneyThatIsNotPaused() {
  let fromDraft = refusal {
    try Lifecycle.resume(journey(.draft), hub: F.hub, acceptWarnings: true, at: noon)
  }
  let fromActive = refusal {
    try Lifecycle.resume(journey(.active), hub: F.hub, acceptWarnings: true, at: noon)
  }

  #expect(fromDraft?.description == "only a Paused journey can be resumed; this journey is Draft")
  #expect(fromActive?.description
    == "only a Paused journey can be resumed; this journey is Active")
}

@Test func resumePassesTheSameChecklist() {
  var broken = noDestination
  broken.status = .paused
  var warned = noTimeout
  warned.status = .paused

  let blocked = refusal { try Lifecycle.resume(broken, hub: F.hub, acceptWarnings: true, at: 0) }
  let unacknowledged = refusal {
    try Lifecycle.resume(warned, hub: F.hub, acceptWarnings: false, at: 0)
  }

  #expect(blocked == .blocked(.resume, PublishChecklist(broken, hub: F.hub)))
  #expect(blocked?.description.hasPrefix(
    "cannot resume: the journey has 1 error; fix it and resume again\n") == true)
  #expect(unacknowledged?.description.hasPrefix(
    "cannot resume yet: the journey has 1 warning to acknowledge; review it, then resume "
      + "again accepting the warnings\n") == true)
}

@Test func eachPublishAndResumeRaisesTheVersion() throws {
  var current = journey(.draft)

  current = try Lifecycle.publish(current, hub: F.hub, acceptWarnings: false, at: 10)
  current = try Lifecycle.pause(current, at: 20)
  current = try Lifecycle.resume(current, hub: F.hub, acceptWarnings: false, at: 30)
  current = try Lifecycle.pause(current, at: 40)
  current = try Lifecycle.resume(current, hub: F.hub, acceptWarnings: false, at: 50)

  #expect(current.status == .active)
  #expect(current.version == 3)
  #expect(current.updatedAt == 50)
}

@Test func theLastVersionCannotBeRaised() {
  let error = refusal {
    try Lifecycle.publish(journey(.draft, version: Int.max), hub: F.hub, acceptWarnings: false,
      at: noon)
  }

  #expect(error == .versionExhausted(Int.max))
  #expect(error?.description == "this journey is at version 9223372036854775807, the highest "
    + "there can be: save a copy under a new id and publish that")
}

@Test func aNegativeVersionPublishesAsVersionOne() throws {
  let published = try Lifecycle.publish(
    journey(.draft, version: -4), hub: F.hub, acceptWarnings: false, at: noon)

  #expect(published.version == 1)
}

@Test func onlyAnActiveJourneyRefusesEdits() {
  #expect(Lifecycle.editRefusal(journey(.active))
    == "this journey is Active: pause it to make changes")
  #expect(Lifecycle.editRefusal(journey(.draft)) == nil)
  #expect(Lifecycle.editRefusal(journey(.paused)) == nil)
}

@Test func stateRefusalSaysWhyAnActionIsUnavailable() {
  #expect(Lifecycle.stateRefusal(.publish, journey(.draft)) == nil)
  #expect(Lifecycle.stateRefusal(.pause, journey(.active)) == nil)
  #expect(Lifecycle.stateRefusal(.resume, journey(.paused)) == nil)
  #expect(Lifecycle.stateRefusal(.resume, journey(.active))
    == "only a Paused journey can be resumed; this journey is Active")
}

@Test func checklistSortsProblemsAndSaysWhetherToProceed() {
  let mixed = PublishChecklist(problems: [
    Problem(.pathWithoutStop, step: "a", field: "next", "Open."),
    Problem(.waitTooLong, step: "w", field: "duration.amount", "Long."),
  ])
  let warned = PublishChecklist(noTimeout, hub: F.hub)
  let clean = PublishChecklist(F.journey, hub: F.hub)

  #expect(mixed.errors.map(\.code) == [.waitTooLong])
  #expect(mixed.warnings.map(\.code) == [.pathWithoutStop])
  #expect(mixed.summary == ValidationSummary(errors: 1, warnings: 1))
  #expect(mixed.description == "error: Long. [wait-too-long]\nwarning: Open. [path-without-stop]")
  #expect(mixed.isBlocked && !mixed.needsAcknowledgement)
  #expect(!mixed.mayProceed(acceptingWarnings: true))
  #expect(warned.needsAcknowledgement && !warned.isBlocked)
  #expect(!warned.mayProceed(acceptingWarnings: false))
  #expect(warned.mayProceed(acceptingWarnings: true))
  #expect(clean.mayProceed(acceptingWarnings: false) && !clean.needsAcknowledgement)
}
