import Dispatch
import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

/// Frames per second and key latency during a live simulation of the benchmark workspace
/// (`swift run -c release journey-bench` generates it), measured through the real run loop
/// with background work. Timings for the report, not assertions: run with
/// `JOURNEY_BENCH=1` (ideally in release) and read the medians printed.
@Suite struct SimulationBenchmarkTests {
  static let workspace = URL(fileURLWithPath: ProcessInfo.processInfo.environment[
    "JOURNEY_BENCH_WORKSPACE"] ?? "/tmp/journey-bench-1000000-42")
  static let enabled = ProcessInfo.processInfo.environment["JOURNEY_BENCH"] == "1"
    && FileManager.default.fileExists(atPath: workspace.appendingPathComponent("hub.json").path)

  @Test(.enabled(if: enabled, "a benchmark: set JOURNEY_BENCH=1 and generate the workspace"))
  func framesAndKeyLatencyWhileSimulatingAMillionContacts() throws {
    let workspace = try Workspace(root: SimulationBenchmarkTests.workspace)
    let app = App(
      environment: AppEnvironment(workspace: workspace),
      size: Size(width: 120, height: 40))
    app.openJourney(at: workspace.journeyURL(id: "bench"))
    let terminal = ScriptedTerminal(size: Size(width: 120, height: 40))
    try AppRunner.run(app, on: terminal)

    for phase in ScriptedTerminal.Phase.allCases {
      let latencies = terminal.latencies[phase, default: []].sorted()
      let frames = terminal.frames[phase, default: []]
      let seconds = (frames.last ?? 0) - (frames.first ?? 0)
      let fps = seconds > 0 ? Double(frames.count - 1) / seconds : 0
      let median = latencies.isEmpty ? 0 : latencies[latencies.count / 2] * 1000
      let worst = (latencies.last ?? 0) * 1000
      print(
        "bench simulation \(phase.rawValue): \(frames.count) frames in "
          + String(format: "%.1f s = %.1f fps; ", seconds, fps)
          + "\(latencies.count) keys, latency median "
          + String(format: "%.1f ms, worst %.1f ms", median, worst))
    }
  }
}

/// A terminal that plays a script against the screen: opens the setup, starts the
/// simulation, presses keys every quarter second while the data loads and while it plays at
/// full speed, then quits; it records when each frame was shown and how long each key took
/// to reach the screen.
final class ScriptedTerminal: Terminal {
  /// Where the script is.
  enum Phase: String, CaseIterable, Hashable {
    /// Reading the data and compiling.
    case loading
    /// Playing at full speed.
    case playing
  }

  let size: Size
  private(set) var frames: [Phase: [Double]] = [:]
  private(set) var latencies: [Phase: [Double]] = [:]
  private let began = DispatchTime.now()
  private var phase: Phase?
  private var queue: [(at: Double, key: Key)] = []
  private var pending: Double?
  /// The simulation's status line as last shown.
  private(set) var screen = ""
  private var nextKeyTime = 0.0
  private var moveDown = true
  private var finished = false

  init(size: Size) {
    self.size = size
    queue = [(0.3, .character("S")), (0.6, .enter)]
  }

  func start() throws(TerminalError) {}
  func stop() {}

  private var now: Double {
    Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
  }

  func present(_ buffer: CellBuffer) {
    let time = now
    screen = buffer.rowText(2)
    if let phase { frames[phase, default: []].append(time) }
    if let pending, let phase { latencies[phase, default: []].append(time - pending) }
    pending = nil
    advanceScript(at: time)
  }

  func readKey(timeout: Int) -> KeyEvent? {
    advanceScript(at: now)
    guard let first = queue.first else {
      usleep(useconds_t(timeout * 1000))
      return nil
    }
    let wait = first.at - now
    if wait > 0 {
      usleep(useconds_t(min(wait, Double(timeout) / 1000) * 1_000_000))
      guard now >= first.at else { return nil }
    }
    queue.removeFirst()
    pending = phase == nil ? nil : first.at
    return .key(first.key)
  }

  /// Moves the script on from what the screen shows.
  private func advanceScript(at time: Double) {
    guard !finished else { return }
    if time > 120 || screen.contains("stopped") {
      finished = true
      queue = [(time, .character("q")), (time + 0.1, .character("q"))]
      return
    }
    if phase == nil, queue.isEmpty, time > 0.6 { phase = .loading }
    if phase == .loading, screen.contains("run 0 of") {
      phase = .playing
      queue = (0..<6).map { (time + 0.05 * Double($0), Key.character("+")) }
      queue.append((time + 0.4, .character(" ")))
      nextKeyTime = time + 0.7
      return
    }
    if phase == .playing, screen.contains("■ over") {
      finished = true
      queue = [(time + 0.1, .character("q")), (time + 0.2, .character("q"))]
      return
    }
    guard phase != nil, queue.isEmpty, time >= nextKeyTime else { return }
    queue.append((time, moveDown ? .down : .up))
    moveDown.toggle()
    nextKeyTime = time + 0.25
  }
}
