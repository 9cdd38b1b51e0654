import JourneyEngine
import JourneyModel

/// Plain-text reports a marketer can read: a header, the journey totals, then the step tree
/// with the counts of every step.
public enum ReportText {
  /// The report as text lines ending with a line break. `ascii` draws the tree with plain
  /// characters instead of box-drawing ones.
  public static func render(_ report: SimulationReport, ascii: Bool = false) -> String {
    var lines: [String] = []
    let zone = report.zone
    lines.append("\(report.journeyName) (\(report.journeyID)) v\(report.version): simulated "
      + "\(TimeText.text(report.from, zoneNamed: zone)) to "
      + "\(TimeText.text(report.to, zoneNamed: zone))")
    var runs = "Schedule: \(report.schedule); \(report.runs)"
    if let planned = report.plannedRuns { runs += " of \(planned)" }
    runs += report.runs == 1 ? " run" : " runs"
    if let clock = report.clock { runs += "; clock \(TimeText.text(clock, zoneNamed: zone))" }
    lines.append(runs + (report.finished ? "" : " (running)"))
    lines.append("")
    lines.append(totals(report))
    lines.append("Activations: " + list(report.activations, empty: "none"))
    lines.append("")
    lines += table(report, ascii: ascii)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func totals(_ report: SimulationReport) -> String {
    var text = "Contacts \(number(report.contacts)); entered \(number(report.entered)); "
      + "completed \(number(report.completed)); exited \(number(report.exitedTotal))"
    let reasons = report.exited.filter { $0.value > 0 }
    if !reasons.isEmpty { text += " (" + list(reasons, empty: "") + ")" }
    text += "; in the journey \(number(report.inside))"
    if report.refused > 0 { text += "; refused \(number(report.refused))" }
    return text
  }

  /// "email 900, crm 400".
  private static func list(_ counts: [SimulationReport.Count], empty: String) -> String {
    counts.isEmpty ? empty : counts.map { "\($0.name) \(number($0.value))" }
      .joined(separator: ", ")
  }

  private static func table(_ report: SimulationReport, ascii: Bool) -> [String] {
    let labels = treeLabels(report.steps, ascii: ascii)
    let width = min(40, max(4, labels.map(\.count).max() ?? 4))
    let header = pad("Step", width) + "  " + left("Arrived", 8) + "  " + left("Now", 7) + "  "
      + left("Exited", 7) + "  Left by path"
    var lines = [header]
    for (row, label) in zip(report.steps, labels) {
      var line = pad(label, width) + "  " + left(number(row.arrived), 8) + "  "
      line += left(row.type == .stop ? "" : number(row.present), 7) + "  "
      line += left(row.type == .stop ? "" : number(row.exitedTotal), 7)
      let paths = row.left.map { "\($0.name) \(number($0.value))" }.joined(separator: ", ")
      if !paths.isEmpty { line += "  " + paths }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines
  }

  /// Each step's label drawn as a tree, with the path that leads to it: a step's single path
  /// continues in the same column, as `journey show` draws it; labelled paths branch.
  private static func treeLabels(_ rows: [SimulationReport.StepRow], ascii: Bool) -> [String] {
    let glyphs = ascii
      ? TreeGlyphs(tee: "|- ", elbow: "`- ", pipe: "|  ", blank: "   ")
      : TreeGlyphs(tee: "├ ", elbow: "└ ", pipe: "│ ", blank: "  ")
    var children = Array(repeating: [Int](), count: rows.count)
    var roots: [Int] = []
    var openAtDepth: [Int] = []
    for (index, row) in rows.enumerated() {
      openAtDepth.removeLast(max(0, openAtDepth.count - row.depth))
      if let parent = openAtDepth.last, row.depth > 0 {
        children[parent].append(index)
      } else {
        roots.append(index)
      }
      openAtDepth.append(index)
    }

    var labels = Array(repeating: "", count: rows.count)
    var pending = roots.reversed().map { (index: $0, first: "", rest: "") }
    while let (index, first, rest) = pending.popLast() {
      let row = rows[index]
      labels[index] = first + (row.via.map { "\($0): " } ?? "") + row.label
      let kids = children[index]
      if kids.count == 1, rows[kids[0]].via == nil {
        pending.append((kids[0], rest, rest))
        continue
      }
      for (offset, kid) in kids.enumerated().reversed() {
        let isLast = offset == kids.count - 1
        pending.append((
          kid, rest + (isLast ? glyphs.elbow : glyphs.tee),
          rest + (isLast ? glyphs.blank : glyphs.pipe)))
      }
    }
    return labels
  }

  /// The pieces a tree is drawn with.
  private struct TreeGlyphs {
    let tee: String
    let elbow: String
    let pipe: String
    let blank: String
  }

  /// `text` cut or padded to `width` characters.
  private static func pad(_ text: String, _ width: Int) -> String {
    if text.count > width { return String(text.prefix(width - 1)) + "…" }
    return text + String(repeating: " ", count: width - text.count)
  }

  /// `text` right-aligned in `width` characters.
  private static func left(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// A count with thousands separators: "12,345".
  static func number(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (value < 0 ? "-" : "") + text
  }

  /// A contact's trace as text: a heading with where it stands, then one line per event
  /// with its time, the run that carried it out, and why.
  public static func render(_ trace: ContactTrace) -> String {
    var lines = ["Contact \(trace.contactID) in journey \(trace.journeyID): \(trace.standing)"]
    let events = trace.events.filter { !($0.kind == .reached && $0.step == "start") }
    if events.isEmpty { lines.append("  (nothing happened)") }
    for event in events {
      var line = "  " + TimeText.text(event.time, in: trace.zone)
      line += "  run " + TimeText.text(event.runAt, in: trace.zone) + "  "
      line += describe(event)
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func describe(_ event: TraceEvent) -> String {
    let step = event.step ?? "-"
    let detail = event.detail.isEmpty ? "" : ": \(event.detail)"
    switch event.kind {
    case .entered: return "entered\(detail)"
    case .reached: return "reached \(step)"
    case .left: return "left \(step) by \(event.path ?? "next")\(detail)"
    case .activated: return "activated at \(step)\(detail)"
    case .completed: return "completed at \(step)" + (event.step == nil ? " (end of path)" : "")
    case .exited: return "exited from \(step)\(detail)"
    case .refused: return "not admitted\(detail)"
    }
  }
}
