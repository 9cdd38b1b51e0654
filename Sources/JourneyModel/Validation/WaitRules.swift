/// Rules for Wait steps: a duration from 1 unit to 365 days, or a valid weekday and time read
/// in a valid zone; and where a Wait sits.
enum WaitRules {
  /// Checks the wait's timing, then its place, then its path.
  static func check(_ wait: WaitStep, _ context: StepContext, _ list: inout ProblemList) {
    switch wait.mode {
    case .none:
      list.add(.waitWithoutDuration, "duration", "\(context.name) has no duration: set an "
        + "amount and a unit, or a weekday and a time.")
    case .duration(let span):
      checkDuration(span, context, &list)
    case .until(let until):
      checkUntil(until, context, &list)
    }

    checkAfterPause(context, &list)
    checkBeforeStop(wait.next, context, &list)
    PathRules.checkEnd(wait.next, context, &list)
  }

  private static func checkDuration(
    _ span: TimeSpan, _ context: StepContext, _ list: inout ProblemList
  ) {
    if span.amount < 1 {
      list.add(.waitTooShort, "duration.amount", "\(context.name) lasts \(span): the shortest "
        + "wait is \(TimeSpan(1, span.unit)).")
    } else if span.nominalMinutes > TimeSpan.maximumMinutes {
      list.add(.waitTooLong, "duration.amount", "\(context.name) lasts \(span): the longest "
        + "wait is 365 days.")
    }
  }

  private static func checkUntil(
    _ until: WeekdayTime, _ context: StepContext, _ list: inout ProblemList
  ) {
    if until.parsedWeekday == nil {
      list.add(.invalidWeekday, "until.weekday", "\(context.name) waits until "
        + "\(ProblemText.quote(until.weekday)), which is not a weekday: type a day such as "
        + "\"monday\" or \"Mon\".")
    }
    if until.parsedTime == nil {
      list.add(.invalidTime, "until.time", "\(context.name) waits until "
        + "\(ProblemText.quote(until.time)), which is not a time of day: type HH:MM from "
        + "00:00 to 23:59.")
    }
    guard case .contact(let name) = until.zone else { return }

    let field = "until.contactZoneField"
    guard let definition = context.catalogue.field(name) else {
      guard !ValueCheck.isBlank(name) else {
        list.add(.unknownField, field, "\(context.name) uses the contact's time zone but names "
          + "no field for it: choose the profile field that holds it.")
        return
      }
      list.add(.unknownField, field, "\(context.name) reads the contact's time zone from field "
        + "\(ProblemText.quote(name)), which is not in the catalogue: choose the profile field "
        + "that holds it.")
      return
    }
    if definition.type != .string {
      list.add(.zoneFieldNotString, field, "\(context.name) reads the contact's time zone from "
        + "\(definition.type.rawValue) field \(ProblemText.quote(name)): a zone is a name such "
        + "as \"Europe/Paris\", so choose a string field.")
    }
  }

  private static func checkAfterPause(_ context: StepContext, _ list: inout ProblemList) {
    guard let parent = context.parent, parent.step.kind.type == .pauseUntil else { return }

    let pause = ProblemText.step(parent.step)
    if parent.label == .timeout {
      list.add(.waitOnPausePath, "", "\(context.name) comes right after the timeout of "
        + "\(pause): it only makes the timeout longer, so lengthen the timeout instead.")
    } else {
      list.add(.waitOnPausePath, "", "\(context.name) comes right after \(pause) is met: it "
        + "holds contacts again just as the condition releases them, so remove it or move it "
        + "further down.")
    }
  }

  private static func checkBeforeStop(
    _ next: StepID?, _ context: StepContext, _ list: inout ProblemList
  ) {
    guard let stop = next.flatMap(context.graph.step), stop.kind.type == .stop else { return }

    list.add(.waitBeforeStop, "next", "\(context.name) leads straight to "
      + "\(ProblemText.step(stop)): contacts wait for nothing, so remove the Wait or add a step "
      + "after it.")
  }
}
