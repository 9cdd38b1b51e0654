import Foundation
import JourneyStore
import TextFormats

extension LiveStatus {
  /// The status as `journey status` prints it, `now` deciding whether a run is overdue.
  public func text(now: Int64) -> String {
    var lines = ["\(journey.id) (\(journey.name))"]
    var facts: [(String, String)] = [
      ("status", "\(journey.status.title), version \(journey.version)"),
      ("schedule", journey.settings.schedule.description),
    ]
    if let live {
      var since = "live since \(time(live.publishedAt))"
      if live.versionSince != live.publishedAt {
        since += ", version \(live.version) since \(time(live.versionSince))"
      }
      facts.append(("published", since))
    }
    facts.append(("last run", lastRunText))
    facts.append(("next run", nextText(now: now)))
    facts.append(("contacts", "\(inside) inside, \(left) left"))
    facts.append(("deliveries", deliveryText))
    facts.append(("last failure", failureText))
    let width = facts.map(\.0.count).max() ?? 0
    for (label, value) in facts {
      lines.append(label + ":" + String(repeating: " ", count: width - label.count + 2) + value)
    }

    lines.append("")
    lines.append(contentsOf: stepTable)
    return lines.joined(separator: "\n") + "\n"
  }

  private var lastRunText: String {
    guard let run = lastRun else { return "none yet" }
    let at = run.runAt.map { time(Int64($0.timeIntervalSince1970)) } ?? "-"
    var text = "\(at) \(RunEventText.runType(run.runType)), version \(run.journeyVersion), "
    switch run.status {
    case .success: text += "success"
    case .fail: text += "failed"
    }
    if let live { text += " (\(RunEventText.plural(live.runs, "run")) committed)" }
    return text
  }

  private func nextText(now: Int64) -> String {
    switch next {
    case .at(let due) where due <= now:
      return "\(time(due)), due now: `journey run` carries it out"
    case .at(let due):
      return time(due)
    case .manual:
      return "only by hand: the schedule is manual (`journey run --now` or `--full`)"
    case .whenSomethingHappens:
      return "in real time, whenever something is due (`journey run` checks)"
    case .notWhile(let status):
      return "none while \(status)"
    }
  }

  private var deliveryText: String {
    let destinations = Set(sent.keys).union(waiting.keys).sorted()
    guard !destinations.isEmpty else { return "none yet" }
    return destinations.map { id in
      var text = "\(id) \(sent[id] ?? 0) sent"
      if let count = waiting[id], count > 0 { text += ", \(count) waiting" }
      return text
    }.joined(separator: "; ")
  }

  private var failureText: String {
    switch lastFailure {
    case nil:
      return "none"
    case .run(let run)?:
      let at = run.runAt.map { time(Int64($0.timeIntervalSince1970)) } ?? "-"
      var reason = "no reason given"
      if case .fail(let given?) = run.status { reason = given }
      return "run at \(at) (\(RunEventText.runType(run.runType)), version "
        + "\(run.journeyVersion)) failed: \(reason)"
    case .delivery(let failure)?:
      let at = time(Int64(failure.failedAt.timeIntervalSince1970))
      return "\(at) delivery of \(RunEventText.plural(failure.activations, "activation")) "
        + "to \(failure.destinationID) failed: \(failure.reason)"
    }
  }

  private var stepTable: [String] {
    let names = steps.map { String(repeating: "  ", count: $0.depth) + $0.id }
    let nameWidth = max(4, names.map(\.count).max() ?? 0)
    let typeWidth = max(4, steps.map(\.type.count).max() ?? 0)
    func row(_ name: String, _ type: String, _ count: String) -> String {
      name.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0)
        + type.padding(toLength: typeWidth + 2, withPad: " ", startingAt: 0) + count
    }
    return [row("step", "type", "contacts")]
      + zip(names, steps).map { row($0, $1.type, String($1.contacts)) }
  }

  private func time(_ instant: Int64) -> String {
    TimestampFormatter.iso8601(instant)
  }
}
