import Foundation
import JourneyEngine
import JourneyModel
import JourneySimulator
import Testing

@testable import JourneyApp

/// What the screen must show, from the simulator itself and from `journey simulate`.
enum SimulationReference {
  /// A simulator of `journey` over the workspace's data and the span typed.
  static func simulator(
    _ journey: Journey, workspace: Workspace, from: String, to: String
  ) throws -> Simulator {
    let data = try ContactData.load(workspace: workspace.root, hub: workspace.hub)
    let zone = SimulationTime.zone(named: workspace.hub.timeZone)
    let options = try SimulationSetup(from: from, to: to)
      .options(zone: zone, dataRange: data.timeRange)
    return try Simulator(journey: journey, hub: workspace.hub, data: data, options: options)
  }

  /// The three count columns the canvas shows for `row`: now, passed, exited.
  static func columns(_ row: SimulationReport.StepRow) -> [String] {
    let stop = row.type == .stop
    return [
      stop ? "" : CountText.number(row.present),
      CountText.number(stop ? row.arrived : row.leftTotal),
      stop || row.exitedTotal == 0 ? "" : CountText.number(row.exitedTotal),
    ]
  }

  /// The totals line the header shows, up to "inside N".
  static func totals(_ report: SimulationReport) -> String {
    var text = "entered \(CountText.number(report.entered)) · completed "
      + "\(CountText.number(report.completed)) · exited \(CountText.number(report.exitedTotal))"
    let reasons = report.exited.filter { $0.value > 0 }
    if !reasons.isEmpty {
      text += " (" + reasons.map { "\($0.name) \(CountText.number($0.value))" }
        .joined(separator: ", ") + ")"
    }
    return text + " · inside \(CountText.number(report.inside))"
  }

  /// Checks every step's count columns and the totals line on `driver`'s screen against
  /// `report`.
  static func expectScreen(
    _ driver: LiveDriver, shows report: SimulationReport,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for row in report.steps {
      #expect(
        driver.counts(of: row.id) == columns(row), "step \(row.id) after run \(report.runs)",
        sourceLocation: sourceLocation)
    }
    #expect(
      driver.row(3).contains(totals(report)), "totals after run \(report.runs)",
      sourceLocation: sourceLocation)
    let planned = report.plannedRuns.map { " of \($0)" } ?? ""
    #expect(
      driver.row(2).contains("run \(report.runs)\(planned)"), sourceLocation: sourceLocation)
  }

  /// The counts `journey simulate FILE --from FROM --to TO --format json --no-history`
  /// prints, as JSON objects; nil when the binary is not built.
  static func cli(file: URL, from: String, to: String) throws -> [String: Any]? {
    guard let binary = Tmux.journeyBinary else { return nil }
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-live-cli-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: output) }
    let status = Spawn.run(
      [binary.path, "simulate", file.path, "--from", from, "--to", to, "--format", "json",
        "--no-history"], stdout: output.path)
    #expect(status == 0)
    let data = try Data(contentsOf: output)
    return try JSONSerialization.jsonObject(with: data) as? [String: Any]
  }

  /// Checks that the JSON `journey simulate` printed has `report`'s counts.
  static func expectCLI(
    _ json: [String: Any], matches report: SimulationReport,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(json["entered"] as? Int == report.entered, sourceLocation: sourceLocation)
    #expect(json["completed"] as? Int == report.completed, sourceLocation: sourceLocation)
    #expect(json["runs"] as? Int == report.runs, sourceLocation: sourceLocation)
    let activations = json["activations"] as? [String: Int] ?? [:]
    for count in report.activations {
      #expect(activations[count.name] == count.value, sourceLocation: sourceLocation)
    }
    let steps = json["steps"] as? [[String: Any]] ?? []
    #expect(steps.count == report.steps.count, sourceLocation: sourceLocation)
    for (step, row) in zip(steps, report.steps) {
      #expect(step["id"] as? String == row.id, sourceLocation: sourceLocation)
      #expect(step["arrived"] as? Int == row.arrived, sourceLocation: sourceLocation)
      #expect(step["now"] as? Int == row.present, sourceLocation: sourceLocation)
      let left = (step["left"] as? [[String: Any]] ?? []).compactMap { $0["contacts"] as? Int }
      #expect(left == row.left.map(\.value), sourceLocation: sourceLocation)
    }
  }
}
