import Foundation
import JourneyModel
import Testing

@testable import JourneyApp

/// Plays a sample simulation to its end in the real binary, in tmux, and checks the final
/// counts against `journey simulate` over the same data.
@Suite struct SimulationEndToEndTests {
  static let canRun = Tmux.executable != nil && Tmux.journeyBinary != nil

  /// A copy of the samples with their data, in a temporary folder.
  private func samplesWithData() throws -> SampleWorkspace {
    let samples = try SampleWorkspace()
    try FileManager.default.copyItem(
      at: SampleWorkspace.samples.appendingPathComponent("data"),
      to: samples.root.appendingPathComponent("data"))
    return samples
  }

  /// Polls the screen (up to a minute: a debug build reads the data slowly) until it holds
  /// `text`; returns the last screen.
  private func waitLong(_ tmux: Tmux, for text: String) throws -> String {
    var last = ""
    for _ in 0..<600 {
      last = try tmux.screen()
      if last.contains(text) { return last }
      usleep(100_000)
    }
    return last
  }

  @Test(
    .enabled(
      if: canRun,
      "needs tmux and the journey binary built beside the tests; install tmux to run it"))
  func playTheNudgeJourneyToItsEnd() throws {
    let samples = try samplesWithData()
    let binary = try #require(Tmux.journeyBinary)
    let file = samples.journeyURL("nudge-to-second-order")
    let state = samples.parent.appendingPathComponent("state")
    let command =
      "cd '\(samples.root.path)' && env TERM=xterm-256color XDG_CONFIG_HOME='\(state.path)' "
      + "XDG_STATE_HOME='\(state.path)' '\(binary.path)' '\(file.path)'"
    let tmux = try Tmux(command: command, width: 160, height: 40)

    try tmux.waitFor("S simulate")
    try tmux.send("S")
    try tmux.waitFor("Bad rows")
    try tmux.send("Enter")
    #expect(try waitLong(tmux, for: "run 0 of 78").contains("weekly on monday at 09:00"))
    for _ in 0..<6 { try tmux.send("+") }
    try tmux.waitFor("speed: max speed")
    try tmux.send("Space")
    let screen = try waitLong(tmux, for: "■ over")
    #expect(screen.contains("run 78 of 78"))

    let output = samples.parent.appendingPathComponent("simulate.json")
    let status = Spawn.run(
      [binary.path, "simulate", file.path, "--format", "json", "--no-history"],
      stdout: output.path)
    #expect(status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
    let entered = try #require(json["entered"] as? Int)
    let completed = try #require(json["completed"] as? Int)
    let activations = try #require(json["activations"] as? [String: Int])
    #expect(screen.contains(
      "entered \(CountText.number(entered)) · completed \(CountText.number(completed))"))
    for name in ["email", "ads", "sms"] {
      #expect(screen.contains("\(name) \(CountText.number(activations[name] ?? -1))"))
    }
    let steps = try #require(json["steps"] as? [[String: Any]])
    let stop = try #require(steps.last { $0["type"] as? String == "stop" })
    let stopLine = screen.split(separator: "\n").first { $0.contains("■ Stop") } ?? ""
    #expect(stopLine.contains(CountText.number(stop["arrived"] as? Int ?? -1)))

    try tmux.send("Escape")
    try tmux.waitFor("left the simulation")
    try tmux.send("H")
    #expect(try tmux.waitFor("78 simulated").contains("◇"))
    try tmux.send("q")
    try tmux.waitFor("S simulate")
    try tmux.send("q")
    try tmux.waitFor("7 journeys")
    try tmux.send("q")
    tmux.waitForExit()
    #expect(!tmux.isRunning())
  }
}
