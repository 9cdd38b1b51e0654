import JourneyModel

/// The state of a journey's contacts between runs, keyed by contact id and step id so that
/// it can be saved, and restored over newer data or an edited journey.
public struct EngineSnapshot: Sendable, Equatable {
  /// One contact that entered the journey, or whose next entry is constrained.
  public struct Contact: Sendable, Equatable {
    /// The contact's id.
    public var id: String
    /// Inside, left, or outside (never entered).
    public var status: ContactStatus
    /// The step it is on, when inside.
    public var step: StepID?
    /// Its arrival time at that step.
    public var arrival: Int64
    /// Its entry time.
    public var entryTime: Int64
    /// Rules count towards its next entry from this moment on.
    public var qualifyFrom: Int64
    /// How many times it entered.
    public var entries: Int

    /// Creates a contact's state.
    public init(
      id: String, status: ContactStatus, step: StepID?, arrival: Int64, entryTime: Int64,
      qualifyFrom: Int64, entries: Int
    ) {
      self.id = id
      self.status = status
      self.step = step
      self.arrival = arrival
      self.entryTime = entryTime
      self.qualifyFrom = qualifyFrom
      self.entries = entries
    }
  }

  /// The journey version whose runs made this state.
  public var version: Int
  /// When the journey was published.
  public var publishedAt: Int64
  /// The latest run's time.
  public var lastRunAt: Int64?
  /// How many runs happened.
  public var runs: Int
  /// Contacts with a state, by ascending id.
  public var contacts: [Contact]

  /// Creates a snapshot.
  public init(
    version: Int, publishedAt: Int64, lastRunAt: Int64?, runs: Int, contacts: [Contact]
  ) {
    self.version = version
    self.publishedAt = publishedAt
    self.lastRunAt = lastRunAt
    self.runs = runs
    self.contacts = contacts
  }
}

extension JourneyEngine {
  /// The contacts' state now, ready to be saved.
  public func snapshot() -> EngineSnapshot {
    let initial = plan.journey.settings.enrollment == .newOnly ? publishedAt : Int64.min
    var contacts: [EngineSnapshot.Contact] = []
    for index in self.contacts.map(Int.init) {
      let status = slot[index].status
      guard status != .outside || slot[index].qualifyFrom != initial else { continue }
      let step = Int(slot[index].step)
      contacts.append(EngineSnapshot.Contact(
        id: plan.data.contactIDs[index], status: status,
        step: step >= 0 ? plan.steps[step].id : nil, arrival: slot[index].arrival,
        entryTime: slot[index].entryTime, qualifyFrom: slot[index].qualifyFrom,
        entries: Int(slot[index].entries)))
    }
    return EngineSnapshot(
      version: plan.journey.version, publishedAt: publishedAt,
      lastRunAt: lastRunAt, runs: runs, contacts: contacts)
  }

  /// An engine that continues from `snapshot`, looking after `contacts` (all by default).
  /// Contacts whose step no longer exists leave at the next run with reason "step removed".
  /// Step counts start again from zero, except the contacts on each step.
  public convenience init(
    plan: ExecutionPlan, snapshot: EngineSnapshot, contacts: Range<Int32>? = nil
  ) {
    self.init(
      plan: plan, publishedAt: snapshot.publishedAt, contacts: contacts, seeding: false)
    lastRunAt = snapshot.lastRunAt
    runs = snapshot.runs
    for contact in snapshot.contacts {
      // TODO: contacts missing from newer data are dropped from the state; they would need
      // to be kept aside to be restored when they come back.
      guard let number = plan.data.contactIndex(contact.id), self.contacts.contains(number)
      else {
        continue
      }
      restore(number, contact)
    }
    seedEntryQueue()
    for index in self.contacts.map(Int.init) where slot[index].status == .inside {
      scheduleInside(Int32(index))
    }
  }

  private func restore(_ number: Int32, _ contact: EngineSnapshot.Contact) {
    let index = Int(number)
    slot[index].status = contact.status
    slot[index].arrival = contact.arrival
    slot[index].entryTime = contact.entryTime
    slot[index].qualifyFrom = contact.qualifyFrom
    slot[index].entries = Int32(clamping: contact.entries)
    guard contact.status == .inside else { return }
    guard let id = contact.step, let step = plan.stepIndex(id) else {
      removedStep.append(number)
      return
    }
    slot[index].step = Int32(step)
    counters.place(step)
  }

  /// Queues the next advance and exit check of a restored inside contact.
  private func scheduleInside(_ contact: Int32) {
    let index = Int(contact)
    let step = Int(slot[index].step)
    guard step >= 0 else { return }
    let arrival = slot[index].arrival
    var due = arrival
    switch plan.steps[step].action {
    case .wait(let rule):
      due = waitEnd(contact, rule, arrival: arrival)
    case .pause(let rule):
      due = pauseEnd(contact, rule, arrival: arrival)?.time ?? Int64.max
    default:
      break
    }
    slot[index].advanceDue = due
    if due != Int64.max { advanceQueue.push(due, contact) }
    scheduleExitCheck(contact, after: lastRunAt ?? slot[index].entryTime)
  }
}
