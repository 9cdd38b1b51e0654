import JourneyModel

extension JourneyEngine {
  /// Exit: every inside contact whose exit rules may have changed since it was last checked
  /// is checked against the state at `time`; those meeting the rules leave.
  func exitPhase(at time: Int64, _ result: inout RunResult) {
    for contact in removedStep.sorted() where state.status[Int(contact)] == .inside {
      leave(contact, reason: .stepRemoved, at: time, detail: "its step was removed", &result)
    }
    removedStep.removeAll()

    for contact in popDue(&exitQueue, upTo: time) {
      let index = Int(contact)
      guard state.status[index] == .inside, exitDue[index] <= time else { continue }
      if let rule = exitRuleMet(contact, entry: state.entryTime[index], at: time) {
        leave(contact, reason: .exitRule, at: time, detail: "exit rule: \(rule)", &result)
      } else {
        scheduleExitCheck(contact, after: time)
      }
    }
  }

  /// The rule (or rules, for ALL) that `contact`, which entered at `entry`, meets at `time`;
  /// nil when the exit rules do not hold. Profile rules read the profile as of `time`; event
  /// rules count qualifying events after the entry and up to `time`.
  func exitRuleMet(_ contact: Int32, entry: Int64, at time: Int64) -> String? {
    let rules = plan.exit.rules
    guard !rules.isEmpty else { return nil }
    var met: [String] = []
    for rule in rules {
      let holds: Bool
      let text: String
      switch rule {
      case .profile(let test):
        holds = test.matches(plan.data.profiles.value(test.column, of: contact, at: time))
        text = test.condition.description
      case .event(let series, let count, let description):
        holds = plan.series[series].count(of: contact, after: entry, upTo: time) >= count
        text = description
      }
      if holds, plan.exit.op == .any { return text }
      if !holds, plan.exit.op == .all { return nil }
      if holds { met.append(text) }
    }
    return met.isEmpty ? nil : met.joined(separator: " and ")
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
        if let moment = plan.series[series].nth(count, of: contact, after: entry),
          moment > time
        {
          next = min(next ?? moment, moment)
        }
      }
    }
    if watchesProfile,
      let change = plan.data.profiles.nextChange(
        of: contact, after: time, among: plan.exit.watchedFields)
    {
      next = min(next ?? change, change)
    }
    return next
  }

  /// Queues `contact`'s next exit check after `time`.
  func scheduleExitCheck(_ contact: Int32, after time: Int64) {
    let index = Int(contact)
    guard let moment = nextExitMoment(contact, entry: state.entryTime[index], after: time) else {
      exitDue[index] = Int64.max
      return
    }
    exitDue[index] = moment
    exitQueue.push(moment, contact)
  }

  /// Takes `contact` out of the journey early, at the run time `time`.
  func leave(
    _ contact: Int32, reason: ExitReason, at time: Int64, detail: String,
    _ result: inout RunResult
  ) {
    let index = Int(contact)
    let step = Int(state.step[index])
    if step >= 0 {
      state.steps.present[step] -= 1
      state.steps.exited[step][reason.rawValue] += 1
    }
    result.exited[reason.rawValue] += 1
    state.totals.exited[reason.rawValue] += 1
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
    state.status[index] = .left
    state.step[index] = -1
    advanceDue[index] = Int64.max
    exitDue[index] = Int64.max
    state.qualifyFrom[index] = time &+ 1
    guard plan.journey.allowRepeat else { return }
    scheduleEntryCheck(contact, after: time)
  }
}
