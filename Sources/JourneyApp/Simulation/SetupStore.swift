import Foundation
import JourneyModel
import JourneySimulator

/// Remembers the simulation setup of each journey in the workspace's own folder,
/// `.journey/simulations/<journey id>.json`, so the next simulation starts from it.
struct SetupStore {
  /// The workspace.
  let workspace: Workspace

  /// The file of journey `id`'s setup.
  func url(journeyID id: String) -> URL {
    workspace.stateFolder.appendingPathComponent("simulations/\(id).json")
  }

  /// The setup remembered for journey `id`; the defaults when there is none or it cannot
  /// be read.
  func read(journeyID id: String) -> SimulationSetup {
    guard let data = try? Data(contentsOf: url(journeyID: id)),
      let setup = try? JSONDecoder().decode(SimulationSetup.self, from: data)
    else { return SimulationSetup() }
    return setup
  }

  /// Remembers `setup` for journey `id`.
  func write(_ setup: SimulationSetup, journeyID id: String) throws(WorkspaceError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let text = (try? encoder.encode(setup)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    try AtomicFile.write(text + "\n", to: url(journeyID: id))
  }
}
