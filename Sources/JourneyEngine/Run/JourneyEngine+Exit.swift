import JourneyModel

extension JourneyEngine {
  /// Exit: every inside contact whose exit rules may have changed since it was last checked
  /// is checked against the state at `time`; those meeting the rules leave.
  func exitPhase(at time: Int64, _ result: inout RunResult) {
    for contact in removedStep.sorted() where slot[Int(contact)].status == .inside {
      leave(contact, reason: .stepRemoved, at: time, detail: "its step was removed", &result)
    }
    removedStep.removeAll()

    for contact in popDue(&exitQueue, upTo: time) {
      let index = Int(contact)
      guard slot[index].status == .inside, slot[index].exitDue <= time else { continue }
      if let rule = exitRuleMet(contact, entry: slot[index].entryTime, at: time) {
        let detail = isTraced(contact) ? "exit rule: " + exitText(rule) : ""
        leave(contact, reason: .exitRule, at: time, detail: detail, &result)
      } else {
        scheduleExitCheck(contact, after: time)
      }
    }
  }

  /// The rule that `contact`, which entered at `entry`, meets at `time` (for ALL, -1: all
  /// of them); nil when the exit rules do not hold. Profile rules read the profile as of
  /// `time`; event rules count qualifying events after the entry and up to `time`.
  func exitRuleMet(_ contact: Int32, entry: Int64, at time: Int64) -> Int? {
    let rules = plan.exit.rules
    guard !rules.isEmpty else { return nil }
    let any = plan.exit.op == .any || rules.count == 1
    for (number, rule) in rules.enumerated() {
      let holds: Bool
      switch rule {
      case .profile(let test):
        holds = test.matches(profileValue(test.column, contact, at: time))
      case .event(let series, let count, _):
        holds = self.count(series, contact, after: entry, upTo: time) >= count
      }
      if holds, any { return number }
      if !holds, !any { return nil }
    }
    return any ? nil : -1
  }

  /// The exit rule `number` (or all of them, for -1) in words.
  func exitText(_ number: Int) -> String {
    let texts = plan.exit.rules.map { rule -> String in
      switch rule {
      case .profile(let test): return test.condition.description
      case .event(_, _, let description): return description
      }
    }
    return number >= 0 ? texts[number] : texts.joined(separator: " and ")
  }

  /// The first moment after `time` at which `contact`'s exit rules may change: a change of a
  /// watched profile field, or the moment an event rule's count is reached.
  func nextExitMoment(_ contact: Int32, entry: Int64, after time: Int64) -> Int64? {
    var next: Int64?
    var watchesProfile = false
    for rule in plan.exit.rules {
      switch rule {
      case .profile:
        watchesProfile = true
      case .event(let series, let count, _):
        if let moment = nth(count, series, contact, after: entry),
          moment > time
        {
          next = min(next ?? moment, moment)
        }
      }
    }
    if watchesProfile,
      let change = plan.data.profiles.nextChange(
        in: changeRange(contact), after: time, among: plan.exit.watchedFields)
    {
      next = min(next ?? change, change)
    }
    return next
  }

  /// Queues `contact`'s next exit check after `time`.
  func scheduleExitCheck(_ contact: Int32, after time: Int64) {
    let index = Int(contact)
    guard let moment = nextExitMoment(contact, entry: slot[index].entryTime, after: time) else {
      slot[index].exitDue = Int64.max
      return
    }
    slot[index].exitDue = moment
    exitQueue.push(moment, contact)
  }

  /// Takes `contact` out of the journey early, at the run time `time`.
  func leave(
    _ contact: Int32, reason: ExitReason, at time: Int64, detail: String,
    _ result: inout RunResult
  ) {
    let index = Int(contact)
    let step = Int(slot[index].step)
    if step >= 0 {
      counters.exit(step, reason)
    }
    result.exited[reason.rawValue] += 1
    totals.exited[reason.rawValue] += 1
    if isTraced(contact) {
      trace.append(TraceEvent(
        kind: .exited, step: step >= 0 ? plan.steps[step].id : nil, time: time, runAt: time,
        detail: detail))
    }
    finish(contact, at: time)
  }

  /// Marks `contact` as having left at `time` and, with Allow Journey Repeat, queues the
  /// first moment it may qualify anew.
  func finish(_ contact: Int32, at time: Int64) {
    let index = Int(contact)
    slot[index].status = .left
    slot[index].step = -1
    slot[index].advanceDue = Int64.max
    slot[index].exitDue = Int64.max
    slot[index].qualifyFrom = time &+ 1
    guard plan.journey.allowRepeat else { return }
    scheduleEntryCheck(contact, after: time)
  }
}
