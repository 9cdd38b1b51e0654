import Foundation
import JourneyModel
import JourneySimulator
import TerminalKit

extension App {
  /// Asks for the id of a contact to follow.
  func askContact() -> Reaction {
    let current = state.simulation?.followed ?? ""
    state.mode = .prompt(Prompt(
      .followContact, label: "Follow contact: ", text: current,
      placeholder: "contact id (Tab completes; empty stops following)"))
    return .redraw
  }

  /// Completes the contact id typed at the follow prompt; the prompt's label says how many
  /// ids match and shows the first ones.
  func completeContact(_ prompt: inout Prompt) {
    guard let ids = state.simulation?.frame?.context.contactIDs else { return }
    let typed = prompt.field.text
    let completion = ContactCompletion(typed, ids: ids)
    guard completion.matches > 0 else {
      prompt.label = "Follow contact (no id starts with \"\(typed)\"): "
      return
    }
    prompt.field = TextField(completion.text)
    guard completion.matches > 1 else {
      prompt.label = "Follow contact: "
      return
    }
    let count = completion.matches >= ContactCompletion.countLimit
      ? "\(CountText.number(ContactCompletion.countLimit))+"
      : CountText.number(completion.matches)
    let more = completion.matches > completion.examples.count ? " …" : ""
    prompt.label = "Follow contact (\(count) match: "
      + completion.examples.joined(separator: " ") + more + "): "
  }

  /// Follows the contact with id `text`, or stops following when it is empty.
  func follow(_ text: String) -> Reaction {
    guard var simulation = state.simulation, let worker = workers.simulation else {
      return .redraw
    }
    let id = text.trimmingCharacters(in: .whitespaces)
    guard !id.isEmpty else {
      simulation.followed = nil
      worker.control.followed = nil
      state.simulation = simulation
      worker.refresh()
      flash("stopped following")
      return .redraw
    }
    guard let data = simulation.frame?.context.plan.data, data.contactIndex(id) != nil else {
      flash("no contact \"\(id)\" in the data: ids are case-sensitive; Tab completes", .warning)
      return .redraw
    }
    simulation.followed = id
    simulation.view = .contact
    simulation.panelOffset = 0
    worker.control.followed = id
    state.simulation = simulation
    worker.refresh()
    flash("following \(id): its path is marked on the canvas")
    return .redraw
  }

  /// Offers the contacts on the selected step, finding them first when needed.
  func chooseContactOnStep() -> Reaction {
    guard var simulation = state.simulation, let frame = simulation.frame,
      let step = state.editor?.selection.stepID, let worker = workers.simulation
    else { return .none }
    if let census = simulation.census, simulation.censusSimulation == frame.context.simulationID,
      census.runs == frame.runTimes.count
    {
      return offerContacts(on: step, census)
    }
    simulation.censusWanted = step
    state.simulation = simulation
    worker.census(of: frame, for: step)
    if state.simulation?.censusWanted != nil {
      let runs = CountText.number(frame.runTimes.count)
      flash("finding the contacts on \(step) after run \(runs)…")
    }
    return .redraw
  }

  /// Takes a census that arrived: opens the contact choice when it was asked for.
  func receive(_ census: StepCensus, simulationID: String, step: StepID) {
    guard var simulation = state.simulation,
      simulation.frame?.context.simulationID == simulationID
    else { return }
    simulation.census = census
    simulation.censusSimulation = simulationID
    let wanted = simulation.censusWanted == step
    simulation.censusWanted = nil
    state.simulation = simulation
    guard wanted else { return }
    if state.mode.isNormal {
      _ = offerContacts(on: step, census)
    } else {
      flash("the contacts on \(step) are ready: press F to choose one")
    }
  }

  private func offerContacts(on step: StepID, _ census: StepCensus) -> Reaction {
    // TODO: only a step's first 500 contacts are offered; the others are followed by id (f).
    let ids = census.contacts[step] ?? []
    guard !ids.isEmpty else {
      flash("nobody is on \(step) after run \(CountText.number(census.runs))")
      return .redraw
    }
    let total = census.totals[step] ?? ids.count
    let shown = total > ids.count
      ? "first \(ids.count) of \(CountText.number(total))" : CountText.number(total)
    let picker = Picker(
      title: "Follow a contact on \(step) (\(shown), after run \(CountText.number(census.runs)))",
      choices: ids.map { Choice($0) }, current: state.simulation?.followed,
      allowsFreeText: false, purpose: .followContact)
    state.mode = .picker(picker)
    return .redraw
  }
}
