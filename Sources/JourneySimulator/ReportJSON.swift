import JourneyEngine
import TextFormats

/// Reports and traces as JSON with a fixed key order, so equal reports give equal bytes.
public enum ReportJSON {
  /// The report as JSON text ending with a line break.
  public static func render(_ report: SimulationReport) -> String {
    let zone = report.zone
    let journey: JSONValue = .object([
      member("id", .string(report.journeyID)), member("name", .string(report.journeyName)),
      member("version", .int(report.version)),
    ])
    let steps = report.steps.map { row -> JSONNode in
      JSONNode(.object([
        member("id", .string(row.id)), member("type", .string(row.type.rawValue)),
        member("label", .string(row.label)), member("depth", .int(row.depth)),
        member("via", row.via.map { .string($0) } ?? .null),
        member("arrived", .int(row.arrived)), member("now", .int(row.present)),
        member("left", .array(row.left.map { count in
          JSONNode(.object([
            member("path", .string(count.name)), member("contacts", .int(count.value)),
          ]))
        })),
        member("exited", counts(row.exited)),
      ]))
    }
    let value: JSONValue = .object([
      member("journey", journey), member("zone", .string(zone)),
      member("schedule", .string(report.schedule)),
      member("from", .string(TimeText.text(report.from, zoneNamed: zone))),
      member("to", .string(TimeText.text(report.to, zoneNamed: zone))),
      member("clock", report.clock.map { .string(TimeText.text($0, zoneNamed: zone)) } ?? .null),
      member("runs", .int(report.runs)),
      member("plannedRuns", report.plannedRuns.map { .int($0) } ?? .null),
      member("finished", .bool(report.finished)), member("contacts", .int(report.contacts)),
      member("entered", .int(report.entered)), member("completed", .int(report.completed)),
      member("exited", counts(report.exited)), member("refused", .int(report.refused)),
      member("inJourney", .int(report.inside)),
      member("activations", counts(report.activations)), member("steps", .array(steps)),
    ])
    return JSONWriter.text(of: value)
  }

  /// A contact's trace as JSON text ending with a line break.
  public static func render(_ trace: ContactTrace) -> String {
    let events = trace.events.map { event -> JSONNode in
      JSONNode(.object([
        member("kind", .string(event.kind.rawValue)),
        member("step", event.step.map { .string($0) } ?? .null),
        member("time", .string(TimeText.text(event.time, in: trace.zone))),
        member("run", .string(TimeText.text(event.runAt, in: trace.zone))),
        member("path", event.path.map { .string($0) } ?? .null),
        member("detail", .string(event.detail)),
      ]))
    }
    return JSONWriter.text(of: .object([
      member("contact", .string(trace.contactID)), member("journey", .string(trace.journeyID)),
      member("standing", .string(trace.standing)), member("events", .array(events)),
    ]))
  }

  private static func member(_ key: String, _ value: JSONValue) -> JSONMember {
    JSONMember(key, JSONNode(value))
  }

  private static func counts(_ counts: [SimulationReport.Count]) -> JSONValue {
    .object(counts.map { member($0.name, .int($0.value)) })
  }
}
