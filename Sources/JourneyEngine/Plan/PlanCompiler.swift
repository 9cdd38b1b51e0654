import JourneyModel
import TextFormats

/// Compiles a journey's steps and rules, collecting the event series and audience timelines
/// they need (each computed once, however many rules share it).
struct PlanCompiler {
  /// The journey's zone.
  let zone: ZoneRules
  /// Destination ids in first-use order.
  private(set) var destinations: [String] = []
  /// Qualifying event series.
  private(set) var series: [EventSeries] = []
  /// Audience timelines.
  private(set) var timelines: [IntervalTable] = []

  private let journey: Journey
  private let hub: Hub
  private let data: ContactData
  private let hubZone: ZoneRules
  private let tree: StepTree
  private var seriesKeys: [String: Int] = [:]
  private var timelineKeys: [String: Int] = [:]

  /// Prepares to compile `journey`.
  init(journey: Journey, hub: Hub, data: ContactData) throws(EngineError) {
    self.journey = journey
    self.hub = hub
    self.data = data
    do {
      tree = try StepTree(journey)
    } catch {
      throw .tree(error)
    }
    hubZone = try PlanCompiler.zone(hub.timeZone)
    zone = try PlanCompiler.zone(journey.settings.timeZone ?? hub.timeZone)
  }

  private static func zone(_ name: String) throws(EngineError) -> ZoneRules {
    do {
      return try ZoneCache.shared.rules(for: name)
    } catch {
      throw .unknownZone(name)
    }
  }

  // MARK: - Steps

  /// The steps in tree order.
  mutating func compileSteps() throws(EngineError) -> [PlanStep] {
    let order = tree.rows.map(\.id)
    var index: [StepID: Int32] = [:]
    for (position, id) in order.enumerated() { index[id] = Int32(position) }
    var steps: [PlanStep] = []
    for id in order {
      guard let step = tree.step(id) else { continue }
      let paths = step.paths
      steps.append(PlanStep(
        id: id, type: step.kind.type, paths: paths.map(\.label),
        pathNames: paths.map { pathName($0.label, step) },
        targets: paths.map { path in path.target.flatMap { index[$0] } ?? -1 },
        action: try action(step)))
    }
    return steps
  }

  private func pathName(_ label: PathLabel, _ step: Step) -> String {
    if case .group(let group) = label, case .segment(let segment) = step.kind,
      segment.groups.indices.contains(group)
    {
      return segment.groups[group].name
    }
    return label.description
  }

  private mutating func action(_ step: Step) throws(EngineError) -> StepAction {
    switch step.kind {
    case .start:
      return .pass
    case .stop:
      return .stop
    case .wait(let wait):
      return .wait(try waitRule(wait, step.id))
    case .segment(let segment):
      return .segment(try segmentRule(segment, step.id))
    case .pauseUntil(let pause):
      return .pause(try pauseRule(pause, step.id))
    case .activate(let activate):
      guard !activate.destinations.isEmpty else {
        throw .incompleteStep(step.id, "it has no destination")
      }
      var chosen: [Int32] = []
      for id in activate.destinations {
        guard hub.destination(id) != nil else { throw .unknownDestination(id, step: step.id) }
        if !destinations.contains(id) { destinations.append(id) }
        let number = Int32(destinations.firstIndex(of: id) ?? 0)
        if !chosen.contains(number) { chosen.append(number) }
      }
      return .activate(chosen)
    }
  }

  private func waitRule(_ wait: WaitStep, _ id: StepID) throws(EngineError) -> WaitRule {
    switch wait.mode {
    case nil:
      throw .incompleteStep(id, "the Wait has no duration")
    case .duration(let span):
      guard span.amount >= 1 else { throw .incompleteStep(id, "the Wait is shorter than 1") }
      return .duration(span)
    case .until(let until):
      guard let day = until.parsedWeekday, let time = until.parsedTime else {
        throw .incompleteStep(id, "the Wait's weekday or time is not valid")
      }
      guard case .contact(let name) = until.zone else {
        return .weekday(day: day.isoNumber, secondOfDay: time.secondsOfDay, field: nil, zones: [])
      }
      guard let field = data.profiles.fieldIndex(name) else {
        throw .unknownField(name, context: "step \"\(id)\"")
      }
      let zones = data.profiles.columns[field].pool.values.map { name in
        try? ZoneCache.shared.rules(for: name)
      }
      return .weekday(
        day: day.isoNumber, secondOfDay: time.secondsOfDay, field: field, zones: zones)
    }
  }

  private func segmentRule(
    _ segment: SegmentStep, _ id: StepID
  ) throws(EngineError) -> SegmentRule {
    guard let name = segment.field else { throw .incompleteStep(id, "the Segment has no field") }
    let context = "step \"\(id)\""
    guard let field = data.profiles.fieldIndex(name) else {
      throw .unknownField(name, context: context)
    }
    var groups: [FieldTest] = []
    for group in segment.groups {
      groups.append(try profileTest(
        FieldCondition(field: name, op: .isIn, values: group.values), context: context))
    }
    return SegmentRule(field: field, groups: groups)
  }

  private mutating func pauseRule(
    _ pause: PauseUntilStep, _ id: StepID
  ) throws(EngineError) -> PauseRule {
    let context = "step \"\(id)\""
    switch pause.condition {
    case nil:
      throw .incompleteStep(id, "the Pause Until has no condition")
    case .profile(let condition):
      return PauseRule(
        condition: .profile(try profileTest(condition, context: context)),
        timeout: pause.timeout)
    case .event(let condition):
      let index = try seriesIndex(condition, context: context)
      return PauseRule(
        condition: .event(
          series: index, count: PlanCompiler.count(condition.minimumCount),
          text: condition.description),
        timeout: pause.timeout)
    }
  }

  // MARK: - Rules

  /// The entry rules.
  mutating func compileEntry() throws(EngineError) -> EntryPlan {
    guard !journey.entry.rules.isEmpty else { throw .noEntryRule }
    var rules: [EntryPlan.Rule] = []
    for rule in journey.entry.rules {
      switch rule {
      case .event(let condition):
        let index = try seriesIndex(condition, context: "an entry rule")
        rules.append(.event(
          series: index, count: PlanCompiler.count(condition.minimumCount),
          text: condition.event))
      case .audience(let name):
        rules.append(.audience(timeline: try timelineIndex(name), name: name))
      }
    }
    return EntryPlan(op: journey.entry.op, rules: rules)
  }

  /// The exit rules.
  mutating func compileExit() throws(EngineError) -> ExitPlan {
    var rules: [ExitPlan.Rule] = []
    var watched = [Bool](repeating: false, count: data.profiles.fields.count)
    for rule in journey.exit.rules {
      switch rule {
      case .profile(let condition):
        let test = try profileTest(condition, context: "an exit rule")
        watched[test.column] = true
        rules.append(.profile(test))
      case .event(let condition):
        let index = try seriesIndex(condition, context: "an exit rule")
        rules.append(.event(
          series: index, count: PlanCompiler.count(condition.minimumCount),
          text: condition.description))
      }
    }
    return ExitPlan(op: journey.exit.op, rules: rules, watchedFields: watched)
  }

  // MARK: - Shared pieces

  /// A count of events kept between 1 and a billion, so that arithmetic on it cannot
  /// overflow whatever a file says.
  static func count(_ value: Int) -> Int {
    min(max(1, value), 1_000_000_000)
  }

  /// A number of days kept between 1 and 100 years.
  static func days(_ value: Int) -> Int {
    min(max(1, value), 36_500)
  }

  /// A profile field test.
  private func profileTest(
    _ condition: FieldCondition, context: String
  ) throws(EngineError) -> FieldTest {
    guard let field = data.profiles.fieldIndex(condition.field) else {
      throw .unknownField(condition.field, context: context)
    }
    let column = data.profiles.columns[field]
    return try FieldTest(
      condition, column: field, type: column.type, pool: column.pool, zone: hubZone,
      context: context)
  }

  /// The index of the series of `condition`'s qualifying events, computing it when new.
  private mutating func seriesIndex(
    _ condition: EventCondition, context: String
  ) throws(EngineError) -> Int {
    let key = condition.event + "\u{1}" + condition.filters.map(\.description)
      .joined(separator: "\u{1}")
    if let index = seriesKeys[key] { return index }
    guard let table = data.events.tableIndex(condition.event) else {
      throw .unknownEvent(condition.event, context: context)
    }
    let store = data.events.tables[table]
    var filters: [FieldTest] = []
    for filter in condition.filters {
      guard let property = store.definition.properties.firstIndex(where: {
        $0.name == filter.field
      }) else {
        throw .unknownProperty(filter.field, event: condition.event, context: context)
      }
      let column = store.properties[property]
      filters.append(try FieldTest(
        filter, column: property, type: column.type, pool: column.pool, zone: hubZone,
        context: context))
    }
    series.append(EventSeries(table: store, filters: filters))
    seriesKeys[key] = series.count - 1
    return series.count - 1
  }

  /// The index of audience `name`'s timeline, computing it when new.
  private mutating func timelineIndex(_ name: String) throws(EngineError) -> Int {
    if let index = timelineKeys[name] { return index }
    guard let audience = hub.audience(name) else { throw .unknownAudience(name) }
    let timeline: IntervalTable
    switch audience.definition {
    case .membership:
      timeline = data.memberships[name] ?? IntervalTable(emptyFor: data.contactCount)
    case .rule(let rules):
      var parts: [AudienceBuilder.Part] = []
      let context = "audience \"\(name)\""
      for condition in rules.rules {
        parts.append(try audiencePart(condition, context: context))
      }
      guard !parts.isEmpty else {
        timeline = IntervalTable(emptyFor: data.contactCount)
        break
      }
      timeline = AudienceBuilder(
        parts: parts, op: rules.op, profiles: data.profiles, zone: hubZone
      ).build(contactCount: data.contactCount)
    }
    timelines.append(timeline)
    timelineKeys[name] = timelines.count - 1
    return timelines.count - 1
  }

  private mutating func audiencePart(
    _ condition: AudienceCondition, context: String
  ) throws(EngineError) -> AudienceBuilder.Part {
    switch condition {
    case .profile(let field):
      return .profile(try profileTest(field, context: context))
    case .eventCount(let event, let filters, let atLeast, let days):
      let index = try seriesIndex(
        EventCondition(event: event, filters: filters), context: context)
      return .eventCount(
        series: series[index], atLeast: PlanCompiler.count(atLeast),
        days: PlanCompiler.days(days))
    case .noEvent(let event, let filters, let days):
      let index = try seriesIndex(
        EventCondition(event: event, filters: filters), context: context)
      return .noEvent(series: series[index], days: PlanCompiler.days(days))
    }
  }
}
