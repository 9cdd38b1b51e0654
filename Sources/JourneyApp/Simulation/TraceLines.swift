import JourneyEngine
import JourneyModel
import JourneySimulator
import TerminalKit
import TextFormats

/// The simulation pane's contact view: the followed contact's path, step by step: when it
/// arrived (and the run that carried the move out, when later), the branch it took and
/// why, what was activated, and why it left.
struct TraceLines {
  /// The simulation.
  let simulation: SimulationState
  /// Its latest frame.
  let frame: SimulationFrame
  /// The open journey, for step names.
  let editor: EditorState

  /// The lines.
  func lines() -> [[TextSpan]] {
    guard let followed = simulation.followed else {
      return [
        [TextSpan("No contact is followed.", role: .muted)],
        [TextSpan("f follows one by id (Tab completes);", role: .muted)],
        [TextSpan("F one of those on the selected step.", role: .muted)],
      ]
    }
    guard let trace = frame.trace, trace.contactID == followed else {
      return [[TextSpan("Following \(followed)…", role: .muted)]]
    }
    var lines: [[TextSpan]] = [[
      TextSpan("Contact \(trace.contactID)", role: .title),
      TextSpan(" · " + standing(trace), role: .simActive),
    ]]
    let events = trace.events.filter { !($0.kind == .reached && $0.step == "start") }
    if events.isEmpty {
      lines.append([TextSpan("Nothing happened to it yet.", role: .muted)])
    }
    for event in events {
      lines += self.lines(event, zone: trace.zone)
    }
    return lines
  }

  private func standing(_ trace: ContactTrace) -> String {
    switch trace.status {
    case .inside: return "on " + name(trace.step)
    case .left: return "left the journey"
    case .outside: return "never entered"
    }
  }

  /// The lines of one event: a step reached opens a block with the step's name.
  private func lines(_ event: TraceEvent, zone: ZoneRules) -> [[TextSpan]] {
    let detail = event.detail.isEmpty ? "" : ": \(event.detail)"
    let when = time(event, zone: zone)
    switch event.kind {
    case .reached:
      return [
        [TextSpan(name(event.step), role: .title)],
        [TextSpan("  arrived \(when)", role: .muted)],
      ]
    case .entered:
      return [[TextSpan("entered \(when)\(detail)", role: .ok)]]
    case .refused:
      return [[TextSpan("not admitted \(when)\(detail)", role: .warning)]]
    case .left:
      let path = event.path ?? "next"
      let verb = path == "next" ? "moved on" : "took \(path)"
      return [[TextSpan("  \(verb) \(when)\(detail)")]]
    case .activated:
      return [[TextSpan("  activated\(detail)", role: .simActive)]]
    case .completed:
      let end = event.step == nil ? " at the end of its path" : ""
      return [[TextSpan("  completed\(end) \(when)", role: .ok)]]
    case .exited:
      return [[TextSpan("  left the journey \(when)\(detail)", role: .warning)]]
    }
  }

  /// "1997-01-08 00:00", with the run's time when the run came later.
  private func time(_ event: TraceEvent, zone: ZoneRules) -> String {
    let time = SimulationTime.minute(event.time, in: zone)
    guard event.runAt != event.time else { return time }
    return time + " (run " + SimulationTime.minute(event.runAt, in: zone) + ")"
  }

  /// A step's name as the canvas shows it, with its id when it has no name.
  private func name(_ id: StepID?) -> String {
    guard let id else { return "-" }
    guard let step = editor.journey.step(id) else { return id }
    return step.name.isEmpty ? StepSummary.text(of: step) : step.name
  }
}
