import JourneyEngine
import JourneyModel
import JourneySimulator
import TextFormats

/// What one simulation runs: the compiled journey over its data, the span and schedule, and
/// the id its runs carry in the run history. Immutable, shared by every frame.
struct SimulationContext: Sendable {
  /// The journey as simulated (the editor's version when the simulation started).
  let journey: Journey
  /// The compiled journey and its data.
  let plan: ExecutionPlan
  /// The span and schedule.
  let options: SimulationOptions
  /// The setup it came from, as typed.
  let setup: SimulationSetup
  /// The id its runs carry in the run history.
  let simulationID: String

  /// The journey's zone, in which the clock is shown.
  var zone: ZoneRules { plan.zone }

  /// The contact ids of the data, ascending.
  var contactIDs: [String] { plan.data.contactIDs }
}
