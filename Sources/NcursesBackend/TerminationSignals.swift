import Dispatch
import Glibc

/// Handles SIGTERM, SIGHUP and SIGINT with Dispatch signal sources: restore the terminal,
/// let the app save what it must, then exit with the conventional status (128 + signal).
///
/// In raw mode Ctrl-C is an ordinary key, so SIGINT only comes from outside (`kill -INT`).
final class TerminationSignals {
  /// The signals handled, in the order they are installed.
  static let signals: [Int32] = [SIGTERM, SIGHUP, SIGINT]

  private var sources: [DispatchSourceSignal] = []
  private var previous: [Int32: sigaction] = [:]

  /// Sets the signals to be ignored, remembering their actions.
  ///
  /// Done before curses starts, which keeps it from installing its own handlers for them.
  func prepare() {
    guard previous.isEmpty else {
      return
    }
    for signal in Self.signals {
      var ignore = sigaction()
      ignore.__sigaction_handler.sa_handler = SIG_IGN
      var old = sigaction()
      _ = sigaction(signal, &ignore, &old)
      previous[signal] = old
    }
  }

  /// Starts listening; `restore` runs first, then `hook` with the signal number, then exit.
  func listen(restore: @escaping @Sendable () -> Void, hook: (@Sendable (Int32) -> Void)?) {
    guard sources.isEmpty else {
      return
    }
    prepare()
    for signal in Self.signals {
      let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
      // TODO: this runs on a Dispatch thread while the main thread may be inside curses
      // waiting for a key; curses is not thread-safe, so the restore can race with it.
      source.setEventHandler {
        restore()
        hook?(signal)
        exit(128 + signal)
      }
      source.resume()
      sources.append(source)
    }
  }

  /// Stops listening and puts the previous actions back.
  func uninstall() {
    for source in sources {
      source.cancel()
    }
    sources = []
    for (signal, action) in previous {
      var old = action
      _ = sigaction(signal, &old, nil)
    }
    previous = [:]
  }
}
