import TerminalKit

/// Connects the application to a terminal: starts it, draws, reads events with a timeout
/// (so messages expire while idle), draws again when something changed, and stops the
/// terminal on every way out.
public enum AppRunner {
  /// How long to wait for a key before letting time pass, in milliseconds, while nothing
  /// moves on screen.
  public static let frameInterval = 250

  /// Runs `app` on `terminal` until it quits. With `stopWhenIdle`, also returns when the
  /// terminal has no more events (for scripted terminals).
  public static func run(
    _ app: App, on terminal: any Terminal, stopWhenIdle: Bool = false
  ) throws(TerminalError) {
    try terminal.start()
    defer { terminal.stop() }

    _ = app.handle(.resize(terminal.size))
    terminal.present(app.render())
    while true {
      guard let event = terminal.readKey(timeout: app.frameInterval) else {
        if stopWhenIdle { return }
        if app.tick() != .none { terminal.present(app.render()) }
        continue
      }
      switch app.handle(event) {
      case .quit: return
      case .none: continue
      case .redraw, .relayout: terminal.present(app.render())
      }
    }
  }
}
