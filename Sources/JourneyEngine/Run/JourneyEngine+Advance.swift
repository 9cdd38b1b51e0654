import JourneyModel
import TextFormats

extension JourneyEngine {
  /// Advance: contacts admitted in this run, and those whose Wait or Pause Until ends by
  /// `time`, move through as many steps as are due.
  func advancePhase(at time: Int64, _ result: inout RunResult) {
    var contacts = popDue(&advanceQueue, upTo: time)
    if !admitted.isEmpty {
      contacts.append(contentsOf: admitted)
      contacts.sort()
    }
    var previous: Int32 = -1
    for contact in contacts where contact != previous {
      previous = contact
      guard slot[Int(contact)].status == .inside else { continue }
      advance(contact, at: time, &result)
    }
  }

  /// Moves `contact` on from its current step until it reaches a Wait or Pause Until that
  /// is not due by `time`, or finishes.
  private func advance(_ contact: Int32, at time: Int64, _ result: inout RunResult) {
    let index = Int(contact)
    var step = Int(slot[index].step)
    var arrival = slot[index].arrival
    while true {
      let move: Move
      switch actions[step] {
      case .pass:
        move = Move(path: 0, time: arrival)
      case .stop:
        complete(contact, at: step, time: arrival, runAt: time)
        result.completed += 1
        return
      case .activate(let destinations):
        activate(contact, step: step, destinations, arrival: arrival, runAt: time, &result)
        move = Move(path: 0, time: arrival)
      case .segment(let rule):
        move = segment(contact, rule, arrival: arrival)
      case .wait(let rule):
        let release = waitEnd(contact, rule, arrival: arrival)
        guard release <= time else {
          park(contact, until: release)
          return
        }
        move = Move(
          path: 0, time: release,
          detail: isTraced(contact) ? "waited until \(text(release))" : "")
      case .pause(let rule):
        guard let decision = pauseEnd(contact, rule, arrival: arrival) else {
          park(contact, until: Int64.max)
          return
        }
        guard decision.time <= time else {
          park(contact, until: decision.time)
          return
        }
        move = decision
      }

      let target = depart(contact, from: step, move, runAt: time)
      arrival = move.time
      guard target >= 0 else {
        complete(contact, at: nil, time: arrival, runAt: time)
        result.completed += 1
        return
      }
      step = target
      arrive(contact, at: step, time: arrival, runAt: time, &result)
    }
  }

  /// A departure decided: which path, when, and why.
  struct Move {
    /// The path index.
    let path: Int
    /// When the contact leaves the step.
    let time: Int64
    /// Why, for traces.
    var detail = ""
  }

  /// Puts `contact` on `step` at `time`.
  func arrive(
    _ contact: Int32, at step: Int, time: Int64, runAt: Int64, _ result: inout RunResult
  ) {
    let index = Int(contact)
    slot[index].step = Int32(step)
    slot[index].arrival = time
    counters.arrive(step)
    result.contactSteps += 1
    if isTraced(contact) {
      trace.append(TraceEvent(kind: .reached, step: plan.steps[step].id, time: time, runAt: runAt))
    }
  }

  /// Takes `contact` off `step` by `move`'s path; returns the next step, or -1 at a path end.
  private func depart(_ contact: Int32, from step: Int, _ move: Move, runAt: Int64) -> Int {
    counters.depart(step, path: move.path)
    if isTraced(contact), step != 0 {
      let planStep = plan.steps[step]
      trace.append(TraceEvent(
        kind: .left, step: planStep.id, time: move.time, runAt: runAt,
        path: planStep.pathNames[move.path], detail: move.detail))
    }
    return Int(targets[pathStart[step] + move.path])
  }

  /// Ends `contact`'s journey at `time`: at a Stop (`step`), or at the end of a path.
  private func complete(_ contact: Int32, at step: Int?, time: Int64, runAt: Int64) {
    if let step { counters.complete(step) }
    totals.completed += 1
    if isTraced(contact) {
      trace.append(TraceEvent(
        kind: .completed, step: step.map { plan.steps[$0].id }, time: time, runAt: runAt,
        detail: step == nil ? "end of path" : "stop"))
    }
    finish(contact, at: time)
  }

  /// Leaves `contact` on its step until `moment` (Int64.max: until something else happens).
  private func park(_ contact: Int32, until moment: Int64) {
    slot[Int(contact)].advanceDue = moment
    if moment != Int64.max { advanceQueue.push(moment, contact) }
  }

  // MARK: - Steps

  private func activate(
    _ contact: Int32, step: Int, _ destinations: [Int32], arrival: Int64, runAt: Int64,
    _ result: inout RunResult
  ) {
    for destination in destinations {
      result.activations.append(Activation(
        contact: contact, destination: destination, step: Int32(step),
        version: plan.journey.version, arrival: arrival, runAt: runAt))
      result.activationsPerDestination[Int(destination)] += 1
      totals.activations[Int(destination)] += 1
    }
    if isTraced(contact) {
      let names = destinations.map { plan.destinations[Int($0)] }.joined(separator: ", ")
      trace.append(TraceEvent(
        kind: .activated, step: plan.steps[step].id, time: arrival, runAt: runAt,
        detail: names))
    }
  }

  /// The first group whose values hold the contact's value as of arrival, else other.
  private func segment(_ contact: Int32, _ rule: SegmentRule, arrival: Int64) -> Move {
    let profiles = plan.data.profiles
    let value = profileValue(rule.field, contact, at: arrival)
    let group = rule.groups.firstIndex { $0.matches(value) }
    guard isTraced(contact) else { return Move(path: group ?? rule.groups.count, time: arrival) }
    let name = profiles.fields[rule.field].name
    let detail: String
    if value.isMissing {
      detail = "\(name) is not set"
    } else if group == nil {
      detail = "\(name) = \(profiles.text(value, field: rule.field)) is in no group"
    } else {
      detail = "\(name) = \(profiles.text(value, field: rule.field))"
    }
    return Move(path: group ?? rule.groups.count, time: arrival, detail: detail)
  }

  /// When a Wait entered at `arrival` ends.
  func waitEnd(_ contact: Int32, _ rule: WaitRule, arrival: Int64) -> Int64 {
    switch rule {
    case .duration(let span):
      return CalendarMath.adding(span, to: arrival, in: plan.zone)
    case .weekday(let day, let second, let field, let zones):
      var zone = plan.zone
      if let field {
        let value = profileValue(field, contact, at: arrival)
        if !value.isMissing, Int(value.code) < zones.count, let own = zones[Int(value.code)] {
          zone = own
        }
      }
      return CalendarMath.next(weekday: day, secondOfDay: second, atOrAfter: arrival, in: zone)
    }
  }

  /// When and how a Pause Until entered at `arrival` ends: the met path at the first moment
  /// the condition holds if that is at or before the deadline, else the timeout path at the
  /// deadline; nil when neither ever happens.
  func pauseEnd(_ contact: Int32, _ rule: PauseRule, arrival: Int64) -> Move? {
    let deadline = rule.timeout.map { CalendarMath.adding($0, to: arrival, in: plan.zone) }
    let met: Int64?
    let traced = isTraced(contact)
    var detail = ""
    switch rule.condition {
    case .profile(let test):
      met = firstMoment(contact, holding: test, from: arrival, until: deadline ?? Int64.max)
      if traced, let met { detail = "\(test.condition.description) at \(text(met))" }
    case .event(let series, let count, let description):
      met = nth(count, series, contact, after: arrival)
      if traced, let met { detail = "\(description) at \(text(met))" }
    }
    if let met, met <= deadline ?? Int64.max {
      return Move(path: 0, time: met, detail: detail)
    }
    guard let deadline else { return nil }
    return Move(path: 1, time: deadline, detail: traced ? "timeout at \(text(deadline))" : "")
  }

  /// The first moment at or after `start` (and not after `end`) when `contact`'s profile
  /// passes `test`: `start` itself if it already does, else the first change that makes it.
  private func firstMoment(
    _ contact: Int32, holding test: FieldTest, from start: Int64, until end: Int64
  ) -> Int64? {
    let profiles = plan.data.profiles
    var value = profileValue(test.column, contact, at: start)
    if test.matches(value) { return start }
    let field = Int32(test.column)
    let changes = changeRange(contact)
    var index = changes.lowerBound
    while index < changes.upperBound, profiles.changeTimes[index] <= start { index += 1 }
    while index < changes.upperBound {
      let time = profiles.changeTimes[index]
      guard time <= end else { return nil }
      var touched = false
      while index < changes.upperBound, profiles.changeTimes[index] == time {
        if profiles.changeFields[index] == field {
          value = ValueCode(raw: profiles.changeValues[index])
          touched = true
        }
        index += 1
      }
      if touched, test.matches(value) { return time }
    }
    return nil
  }
}
