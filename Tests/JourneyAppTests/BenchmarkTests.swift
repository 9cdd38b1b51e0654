import Foundation
import JourneyModel
import TerminalKit
import Testing

@testable import JourneyApp

/// Timings for the report, not assertions: run with `JOURNEY_BENCH=1` (ideally with
/// `-c release`) and read the medians printed.
@Suite struct BenchmarkTests {
  static let enabled = ProcessInfo.processInfo.environment["JOURNEY_BENCH"] == "1"

  private func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      try body()
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return samples.sorted()[runs / 2]
  }

  private func report(_ name: String, _ milliseconds: Double) {
    print("bench \(name): median \(String(format: "%.3f", milliseconds)) ms")
  }

  @Test(.enabled(if: enabled, "a benchmark: set JOURNEY_BENCH=1 to run it"))
  func measureFirstPaintRedrawAndKeypress() throws {
    let samples = try SampleWorkspace()
    try JourneyFixtures.add(JourneyFixtures.chain(count: 500), to: samples)
    let workspace = try samples.workspace()
    let size = Size(width: 120, height: 40)
    let environment = AppEnvironment(workspace: workspace, now: { AppDriver.fixedNow })

    report(
      "first paint of the samples list (load, validate, draw)",
      median(21) {
        _ = App(environment: environment, size: size).render()
      })
    report(
      "first paint of a sample canvas (open, validate, draw)",
      median(21) {
        let app = App(environment: environment, size: size)
        app.openJourney(at: samples.journeyURL("win-back-lapsed-customers"))
        _ = app.render()
      })

    let app = App(environment: environment, size: size)
    app.openJourney(at: samples.journeyURL("long"))
    report("full redraw of a 500-step journey", median(101) { _ = app.render() })
    report(
      "keypress to screen, move down (500 steps)",
      median(201) {
        _ = app.handle(.key(.down))
        _ = app.render()
      })
    _ = app.handle(.key(.character("g")))
    _ = app.handle(.key(.down))
    report(
      "keypress to screen, an edit (500 steps: validate, relayout, recovery file)",
      median(41) {
        _ = app.handle(.key(.character("a")))
        _ = app.handle(.key(.enter))
        _ = app.render()
      })
    report(
      "keypress to screen, undo (500 steps)",
      median(41) {
        _ = app.handle(.key(.character("u")))
        _ = app.render()
      })
  }
}
