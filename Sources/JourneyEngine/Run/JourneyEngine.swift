import JourneyModel
import TextFormats

/// Carries out the runs of one journey over contact data.
///
/// A run at time T does, in order: Exit (contacts meeting the exit rules at T leave), Entry
/// (contacts whose entry rules became true are admitted, with their logical arrival time),
/// Advance (every contact due moves through as many steps as are due by T), Record (counts).
/// Contacts are handled in ascending id order. Work is proportional to what changes: three
/// timer queues say which contacts need attention at which moment (entry rules that may have
/// become true, exit rules that may have changed, Waits and Pause Untils that end), so a run
/// touches only the contacts that are due. Not thread-safe: use one engine from one thread.
public final class JourneyEngine {
  /// The compiled journey.
  public let plan: ExecutionPlan
  /// The counts the runs decided so far.
  public var state: EngineState {
    EngineState(
      publishedAt: publishedAt, lastRunAt: lastRunAt, runs: runs, steps: counters.tally,
      totals: totals)
  }

  /// The moment the journey was published; no arrival is earlier.
  public let publishedAt: Int64
  /// The time of the latest run, if any.
  public internal(set) var lastRunAt: Int64?
  /// How many runs have happened.
  public internal(set) var runs = 0
  /// Cumulative counts for the journey.
  var totals: JourneyTotals
  /// Cumulative counts per step.
  let counters: StepCounters
  /// The contact whose every move is recorded in `trace`, if any.
  public let tracedContact: Int32?
  /// The contacts this engine looks after (a shard of the data, or all of it).
  public let contacts: Range<Int32>
  /// What happened to the traced contact, in order.
  public internal(set) var trace: [TraceEvent] = []

  /// Contacts outside whose entry rules may have become true, by moment.
  var entryQueue = TimerQueue()
  /// Contacts inside whose exit rules may have changed, by moment.
  var exitQueue = TimerQueue()
  /// Contacts inside whose Wait or Pause Until ends, by moment.
  var advanceQueue = TimerQueue()
  /// What each step does (the plan's, kept apart so the hot loop copies nothing else).
  let actions: [StepAction]
  /// Where each step's paths start in `targets`.
  let pathStart: [Int]
  /// The step each path leads to, or -1, for all steps' paths one after the other.
  let targets: [Int32]
  /// The profile fields the journey reads.
  let hotFields: [Int]
  /// Where each contact's data lies, side by side.
  let hot: HotRows
  /// Each contact's slot, indexed by contact number.
  let slot: UnsafeMutablePointer<ContactSlot>
  private let slots: ContactSlots
  /// Contacts to drop at the next run because their step no longer exists.
  var removedStep: [Int32] = []
  /// Scratch list of the contacts popped from a queue.
  var due: [Int32] = []
  /// A sum that keeps `warm`'s reads from being optimized away.
  var warmth = 0
  /// The contacts admitted in the current run, to advance in the same run.
  var admitted: [Int32] = []

  /// An engine for `plan` before its first run, published at `publishedAt`, looking after
  /// `contacts` (every contact by default; engines over disjoint ranges can run in parallel
  /// and their results add up). With `only`, the engine looks at that one contact and
  /// records its trace.
  public convenience init(
    plan: ExecutionPlan, publishedAt: Int64, contacts: Range<Int32>? = nil,
    only contact: Int32? = nil
  ) {
    self.init(
      plan: plan, publishedAt: publishedAt, contacts: contacts, only: contact, seeding: true)
  }

  /// An engine before its first run; the entry queue is filled when `seeding`.
  init(
    plan: ExecutionPlan, publishedAt: Int64, contacts: Range<Int32>? = nil,
    only contact: Int32? = nil, seeding: Bool
  ) {
    self.plan = plan
    tracedContact = contact
    actions = plan.steps.map(\.action)
    var starts: [Int] = []
    var flat: [Int32] = []
    for step in plan.steps {
      starts.append(flat.count)
      flat += step.targets
    }
    pathStart = starts
    targets = flat
    hotFields = JourneyEngine.fieldsRead(by: plan)
    let all = 0..<Int32(plan.data.contactCount)
    let scope = contact.map { $0..<($0 + 1) } ?? contacts?.clamped(to: all) ?? all
    self.contacts = scope
    hot = HotRows(plan: plan, contacts: scope, fields: hotFields)
    let first = plan.journey.settings.enrollment == .newOnly ? publishedAt : Int64.min
    self.publishedAt = publishedAt
    totals = JourneyTotals(destinations: plan.destinations.count)
    counters = StepCounters(paths: plan.steps.map(\.paths.count))
    slots = ContactSlots(count: scope.count, qualifyFrom: first)
    slot = slots.base - Int(scope.lowerBound)
    if seeding { seedEntryQueue() }
  }

  /// Schedules the first look at every contact's entry rules.
  func seedEntryQueue() {
    var times: [Int64] = []
    var contacts: [Int32] = []
    for contact in contactsInScope() {
      let status = slot[Int(contact)].status
      guard status == .outside || (status == .left && plan.journey.allowRepeat) else {
        continue
      }
      let from = slot[Int(contact)].qualifyFrom
      guard let time = nextEntryMoment(contact, from: from, notBefore: from) else { continue }
      slot[Int(contact)].entryDue = time
      times.append(time)
      contacts.append(contact)
    }
    entryQueue = TimerQueue(times: times, contacts: contacts)
  }

  /// The contacts this engine looks at.
  func contactsInScope() -> Range<Int32> {
    contacts
  }

  // MARK: - Runs

  /// Runs the journey at `time`.
  @discardableResult
  public func run(at time: Int64, mode: RunMode = .normal) -> RunResult {
    var result = RunResult(runAt: time, destinations: plan.destinations.count)
    exitPhase(at: time, &result)
    entryPhase(at: time, mode: mode, &result)
    advancePhase(at: time, &result)
    result.contactsOnStep = counters.present
    lastRunAt = time
    runs += 1
    return result
  }

  /// The earliest moment after `time` at which something is due (an entry rule may become
  /// true, an exit rule may change, a Wait or Pause Until ends); nil when nothing ever is.
  public func nextDueTime(after time: Int64) -> Int64? {
    dropStale()
    let firsts = [entryQueue.firstTime, exitQueue.firstTime, advanceQueue.firstTime]
    guard let next = firsts.compactMap({ $0 }).min() else {
      return removedStep.isEmpty ? nil : time &+ 1
    }
    return max(next, time &+ 1)
  }

  /// Removes queue entries that no longer match their contact's state.
  private func dropStale() {
    while let contact = entryQueue.firstContact, let first = entryQueue.firstTime,
      slot[Int(contact)].entryDue != first || slot[Int(contact)].status == .inside
    {
      entryQueue.removeFirst()
    }
    while let contact = exitQueue.firstContact, let first = exitQueue.firstTime,
      slot[Int(contact)].exitDue != first || slot[Int(contact)].status != .inside
    {
      exitQueue.removeFirst()
    }
    while let contact = advanceQueue.firstContact, let first = advanceQueue.firstTime,
      slot[Int(contact)].advanceDue != first || slot[Int(contact)].status != .inside
    {
      advanceQueue.removeFirst()
    }
  }

  /// Pops the contacts due at or before `time` from `queue`, sorted, without repeats.
  func popDue(_ queue: inout TimerQueue, upTo time: Int64) -> [Int32] {
    due.removeAll(keepingCapacity: true)
    queue.popAll(upTo: time, into: &due)
    due.sort()
    var unique: [Int32] = []
    unique.reserveCapacity(due.count)
    for contact in due where unique.last != contact { unique.append(contact) }
    warm(unique)
    return unique
  }

  /// Reads the slot and the hot row of every contact in `contacts` in one tight loop, so
  /// that their cache misses overlap instead of stalling one by one when the contacts are
  /// handled.
  func warm(_ contacts: [Int32]) {
    var sum = 0
    for contact in contacts {
      sum &+= Int(slot[Int(contact)].status.rawValue)
      sum &+= hot.touch(contact)
    }
    warmth &+= sum
  }

  /// The profile fields that `plan`'s rules and steps read.
  private static func fieldsRead(by plan: ExecutionPlan) -> [Int] {
    var fields = Set<Int>()
    for case .profile(let test) in plan.exit.rules { fields.insert(test.column) }
    for step in plan.steps {
      switch step.action {
      case .segment(let rule):
        fields.insert(rule.field)
      case .pause(let rule):
        if case .profile(let test) = rule.condition { fields.insert(test.column) }
      case .wait(.weekday(_, _, let field?, _)):
        fields.insert(field)
      default:
        break
      }
    }
    return fields.sorted()
  }

  /// Where `contact` stands.
  public func status(of contact: Int32) -> ContactStatus {
    slot[Int(contact)].status
  }

  /// How many times `contact` entered.
  public func entries(of contact: Int32) -> Int {
    Int(slot[Int(contact)].entries)
  }

  /// True when `contact`'s moves are recorded.
  @inline(__always)
  func isTraced(_ contact: Int32) -> Bool {
    tracedContact == contact
  }

  /// An instant as text in the journey's zone ("Z" for UTC).
  func text(_ instant: Int64) -> String {
    if plan.zone.fixedOffset == 0 { return TimestampFormatter.iso8601(instant) }
    return TimestampFormatter.iso8601(instant, in: plan.zone)
  }
}
