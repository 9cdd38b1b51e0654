import Glibc

/// Restores the terminal before a fatal signal ends the process.
///
/// A trap (failed precondition, force unwrap of nil) is SIGILL on Linux; without this the
/// runtime's crash report lands garbled on the curses screen and the shell stays raw. The
/// handler restores the terminal, puts the previous action back (the runtime's backtracer)
/// and raises the signal again, so the report prints on a usable terminal.
enum CrashGuard {
  /// The signals that end the process with a crash.
  static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

  /// The actions that were installed before ours, indexed by signal number.
  nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
    let storage = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
    storage.initialize(repeating: sigaction(), count: Int(NSIG))
    return storage
  }()

  nonisolated(unsafe) private static var installed = false

  /// Installs the handlers, remembering the current ones.
  static func install() {
    guard !installed else {
      return
    }
    installed = true

    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signal in
      CrashGuard.handle(signal)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    for signal in fatalSignals {
      _ = sigaction(signal, &action, previousActions + Int(signal))
    }
  }

  /// Puts the remembered handlers back.
  static func uninstall() {
    guard installed else {
      return
    }
    installed = false
    for signal in fatalSignals {
      _ = sigaction(signal, previousActions + Int(signal), nil)
    }
  }

  private static func handle(_ signal: Int32) {
    EmergencyRestore.run()
    _ = sigaction(signal, previousActions + Int(signal), nil)
    _ = raise(signal)
  }
}
