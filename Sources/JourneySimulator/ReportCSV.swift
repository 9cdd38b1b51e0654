import Foundation
import JourneyEngine

/// Reports and traces as CSV (RFC 4180, comma, quoted where needed), one measure per row so
/// that every step fits the same columns.
public enum ReportCSV {
  /// The report: `scope,step_id,step_type,measure,name,count`; journey totals first
  /// (scope "journey"), then each step's arrivals, contacts now, departures per path and
  /// exits per reason.
  public static func render(_ report: SimulationReport) -> String {
    var rows = [["scope", "step_id", "step_type", "measure", "name", "count"]]
    func journey(_ measure: String, _ name: String, _ count: Int) {
      rows.append(["journey", "", "", measure, name, String(count)])
    }
    journey("runs", "", report.runs)
    journey("contacts", "", report.contacts)
    journey("entered", "", report.entered)
    journey("completed", "", report.completed)
    for count in report.exited { journey("exited", count.name, count.value) }
    journey("refused", "", report.refused)
    journey("in_journey", "", report.inside)
    for count in report.activations { journey("activations", count.name, count.value) }
    for step in report.steps {
      let type = step.type.rawValue
      rows.append(["step", step.id, type, "arrived", "", String(step.arrived)])
      rows.append(["step", step.id, type, "now", "", String(step.present)])
      for count in step.left {
        rows.append(["step", step.id, type, "left", count.name, String(count.value)])
      }
      for count in step.exited {
        rows.append(["step", step.id, type, "exited", count.name, String(count.value)])
      }
    }
    return text(rows)
  }

  /// A contact's trace: `contact_id,kind,step_id,time,run,path,detail`.
  public static func render(_ trace: ContactTrace) -> String {
    var rows = [["contact_id", "kind", "step_id", "time", "run", "path", "detail"]]
    for event in trace.events {
      rows.append([
        trace.contactID, event.kind.rawValue, event.step ?? "",
        TimeText.text(event.time, in: trace.zone), TimeText.text(event.runAt, in: trace.zone),
        event.path ?? "", event.detail,
      ])
    }
    return text(rows)
  }

  private static func text(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  /// A field, quoted when it holds a comma, a quote or a line break.
  private static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
