import JourneyModel

extension JourneyEngine {
  /// Why and when a contact's entry rules became true.
  struct EntryMoment {
    /// The moment the rules became true (before clamping to publish).
    let time: Int64
    /// The rule that decided it.
    let rule: Int
  }

  /// Entry: contacts whose entry rules may have become true are checked at `time` and
  /// admitted with their arrival time, unless they meet the exit rules.
  func entryPhase(at time: Int64, mode: RunMode, _ result: inout RunResult) {
    admitted.removeAll(keepingCapacity: true)
    let candidates: [Int32]
    if mode == .full {
      candidates = Array(contactsInScope())
    } else {
      candidates = popDue(&entryQueue, upTo: time)
    }
    for contact in candidates {
      let index = Int(contact)
      guard slot[index].status != .inside else { continue }
      guard slot[index].status == .outside || plan.journey.allowRepeat else { continue }
      var from = slot[index].qualifyFrom
      if mode == .full {
        if slot[index].status == .outside { from = Int64.min }
      } else if slot[index].entryDue > time {
        continue
      }
      consider(contact, from: from, at: time, &result)
    }
  }

  /// Admits `contact` when its entry rules hold at `time` counting from `from`, refuses it
  /// when it meets the exit rules, and otherwise queues its next look.
  private func consider(_ contact: Int32, from: Int64, at time: Int64, _ result: inout RunResult) {
    let index = Int(contact)
    guard let moment = entryMoment(contact, from: from, at: time) else {
      scheduleEntryCheck(contact, after: time)
      return
    }
    let arrival = max(moment.time, publishedAt)
    if let rule = exitRuleMet(contact, entry: arrival, at: time) {
      slot[index].qualifyFrom = time &+ 1
      result.refused += 1
      totals.refused += 1
      if isTraced(contact) {
        trace.append(TraceEvent(
          kind: .refused, step: nil, time: arrival, runAt: time,
          detail: "qualified (\(entryReason(contact, moment, arrival))) but meets exit rule: "
            + exitText(rule)))
      }
      scheduleEntryCheck(contact, after: time)
      return
    }
    admit(contact, moment: moment, arrival: arrival, at: time, &result)
  }

  private func admit(
    _ contact: Int32, moment: EntryMoment, arrival: Int64, at time: Int64,
    _ result: inout RunResult
  ) {
    let index = Int(contact)
    slot[index].status = .inside
    slot[index].entries += 1
    slot[index].entryTime = arrival
    slot[index].entryDue = Int64.max
    result.entered += 1
    totals.entered += 1
    if isTraced(contact) {
      trace.append(TraceEvent(
        kind: .entered, step: plan.steps[0].id, time: arrival, runAt: time,
        detail: entryReason(contact, moment, arrival)))
    }
    arrive(contact, at: 0, time: arrival, runAt: time, &result)
    scheduleExitCheck(contact, after: time)
    admitted.append(contact)
  }

  /// When `contact`'s entry rules hold at `time`, counting qualifying events and audience
  /// joins from `from` on: ANY takes the earliest rule that holds anew, ALL needs every
  /// rule to hold and takes the latest, which must be at or after `from`.
  func entryMoment(_ contact: Int32, from: Int64, at time: Int64) -> EntryMoment? {
    let rules = plan.entry.rules
    if plan.entry.op == .any || rules.count == 1 {
      var best: EntryMoment?
      for (number, rule) in rules.enumerated() {
        guard let moment = ruleMoment(rule, contact, from: from, at: time), moment >= from
        else { continue }
        if best == nil || moment < (best?.time ?? Int64.max) {
          best = EntryMoment(time: moment, rule: number)
        }
      }
      return best
    }
    var latest: EntryMoment?
    for (number, rule) in rules.enumerated() {
      guard let moment = ruleMoment(rule, contact, from: from, at: time) else { return nil }
      if latest == nil || moment > (latest?.time ?? Int64.min) {
        latest = EntryMoment(time: moment, rule: number)
      }
    }
    guard let latest, latest.time >= from else { return nil }
    return latest
  }

  /// The moment `rule` became true for `contact` if it holds at `time`: the Nth qualifying
  /// event at or after `from`, or the start of the audience membership holding `time`.
  private func ruleMoment(
    _ rule: EntryPlan.Rule, _ contact: Int32, from: Int64, at time: Int64
  ) -> Int64? {
    switch rule {
    case .event(let series, let count, _):
      guard let moment = nth(count, series, contact, atOrAfter: from),
        moment <= time
      else { return nil }
      return moment
    case .audience(let timeline, _):
      return membershipStart(timeline, contact, containing: time)
    }
  }

  /// The first moment at or after `notBefore` at which `contact`'s entry rules may become
  /// true, counting from `from`.
  func nextEntryMoment(_ contact: Int32, from: Int64, notBefore: Int64) -> Int64? {
    var next: Int64?
    for rule in plan.entry.rules {
      let moment: Int64?
      switch rule {
      case .event(let series, let count, _):
        moment = nth(count, series, contact, atOrAfter: from)
          .flatMap { $0 >= notBefore ? $0 : nil }
      case .audience(let timeline, _):
        moment = firstJoin(timeline, contact, atOrAfter: max(from, notBefore))
      }
      if let moment { next = min(next ?? moment, moment) }
    }
    return next
  }

  /// Queues `contact`'s next entry check after `time`.
  func scheduleEntryCheck(_ contact: Int32, after time: Int64) {
    let index = Int(contact)
    let from = slot[index].qualifyFrom
    guard let moment = nextEntryMoment(contact, from: from, notBefore: time &+ 1) else {
      slot[index].entryDue = Int64.max
      return
    }
    slot[index].entryDue = moment
    entryQueue.push(moment, contact)
  }

  /// The entry in words: "purchase at ...", "3rd visit at ...", "joined audience X at ...".
  private func entryReason(_ contact: Int32, _ moment: EntryMoment, _ arrival: Int64) -> String {
    switch plan.entry.rules[moment.rule] {
    case .event(_, let count, let event):
      let nth = count == 1 ? "" : Ordinal.text(count) + " "
      return "\(nth)\(event) at \(text(moment.time))"
    case .audience(_, let name):
      if moment.time < arrival {
        return "in audience \(name) since before publish (\(text(arrival)))"
      }
      return "joined audience \(name) at \(text(moment.time))"
    }
  }
}

/// English ordinals for counts: "1st", "2nd", "3rd", "4th", "11th", "22nd".
enum Ordinal {
  /// The ordinal of `number`.
  static func text(_ number: Int) -> String {
    let teen = (number % 100) / 10 == 1
    switch (number % 10, teen) {
    case (1, false): return "\(number)st"
    case (2, false): return "\(number)nd"
    case (3, false): return "\(number)rd"
    default: return "\(number)th"
    }
  }
}
