import TextFormats

/// The journey file format, version 1: a JSON object with keys in a fixed order, so that a
/// file loaded and saved again is unchanged byte for byte and a diff of two versions reads well.
public enum JourneyCoding {
  /// The format version this program writes and reads.
  public static let formatVersion = 1

  /// Reads a journey from the text of a file; `file` names it in errors.
  public static func decode(_ text: String, file: String = "") throws(FormatError) -> Journey {
    try FileDecoding.decode(text, file: file, decode)
  }

  /// Reads a journey from parsed JSON.
  public static func decode(_ root: JSONNode) throws(FormatError) -> Journey {
    var reader = try ObjectReader(root, "the journey")
    let version = try reader.optionalInt("formatVersion") ?? formatVersion
    guard version == formatVersion else {
      throw FormatError(at: root.position, "format version \(version) is not supported: this "
        + "program reads version \(formatVersion); use the program that wrote the file")
    }

    let id = try reader.string("id")
    let name = try reader.optionalString("name") ?? id
    let description = try reader.optionalString("description") ?? ""
    let status: JourneyStatus = try reader.choice("status", default: .draft)
    let journeyVersion = try reader.optionalInt("version") ?? 0
    let updatedAt = try instant(&reader, "updatedAt")
    let settings = try self.settings(reader.node("settings"))
    let allowRepeat = try reader.optionalBool("allowRepeat") ?? false
    let entry = try ConditionCoding.ruleSet(
      reader.node("entry"), "the entry rules", ConditionCoding.entryRule)
    let exit = try ConditionCoding.ruleSet(
      reader.node("exit"), "the exit rules", ConditionCoding.condition)
    let stepNodes = try reader.array("steps")
    try reader.finish()

    var steps: [Step] = []
    for (index, node) in stepNodes.enumerated() {
      steps.append(try StepCoding.step(node, index: index))
    }
    let journey = Journey(
      id: id, name: name, description: description, status: status, version: journeyVersion,
      updatedAt: updatedAt, settings: settings, allowRepeat: allowRepeat, entry: entry,
      exit: exit, steps: steps)
    do {
      _ = try StepTree(journey)
    } catch {
      let index = error.stepID.flatMap { id in steps.lastIndex { $0.id == id } }
      throw FormatError(at: index.map { stepNodes[$0].position } ?? root.position, "\(error)")
    }
    return journey
  }

  private static func instant(
    _ reader: inout ObjectReader, _ key: String
  ) throws(FormatError) -> Int64 {
    guard let node = reader.node(key), node.value != .null else { return 0 }
    let text = try ObjectReader.string(node, key, reader.context)
    guard let seconds = InstantText.parse(text) else {
      throw FormatError(at: node.position, "\"\(key)\" is \"\(text)\": expected an ISO 8601 "
        + "date-time with an offset, such as \"2026-12-03T09:00:00Z\"")
    }
    return seconds
  }

  private static func settings(_ node: JSONNode?) throws(FormatError) -> JourneySettings {
    guard let node, node.value != .null else { return JourneySettings() }
    var reader = try ObjectReader(node, "the settings")
    let zone = try reader.optionalString("timeZone")
    let enrollment: Enrollment = try reader.choice("enrollment", default: .newOnly)
    var schedule = Schedule.everyHours(1)
    if let scheduleNode = reader.node("schedule") {
      let text = try ObjectReader.string(scheduleNode, "schedule", "the settings")
      guard let parsed = Schedule(text: text) else {
        throw FormatError(at: scheduleNode.position, "the schedule \"\(text)\" is not one of "
          + Schedule.forms)
      }
      schedule = parsed
    }
    try reader.finish()
    return JourneySettings(timeZone: zone, enrollment: enrollment, schedule: schedule)
  }

  /// The canonical text of a journey file.
  public static func encode(_ journey: Journey) -> String {
    var object = ObjectBuilder()
    object.add("formatVersion", formatVersion)
    object.add("id", journey.id)
    object.add("name", journey.name)
    object.add("description", journey.description)
    object.add("status", journey.status.rawValue)
    object.add("version", journey.version)
    object.add("updatedAt", InstantText.format(journey.updatedAt))

    var settings = ObjectBuilder()
    settings.add("timeZone", journey.settings.timeZone)
    settings.add("enrollment", journey.settings.enrollment.rawValue)
    settings.add("schedule", journey.settings.schedule.description)
    object.add("settings", settings.value)

    object.add("allowRepeat", journey.allowRepeat)
    object.add("entry", ConditionCoding.encode(journey.entry, ConditionCoding.encode))
    object.add("exit", ConditionCoding.encode(journey.exit, ConditionCoding.encode))
    object.add("steps", .array(journey.steps.map { JSONNode(StepCoding.encode($0)) }))
    return JSONWriter.text(of: object.value)
  }
}
