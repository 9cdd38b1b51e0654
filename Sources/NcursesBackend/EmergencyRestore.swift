@preconcurrency import CNcursesw
import Glibc

/// What must be undone if the process dies while the screen is up, kept where a signal
/// handler can reach it without allocating.
///
/// Signal handlers cannot capture context, so this state is process-wide. It is written only
/// by `NcursesTerminal.start()` and `stop()` on the thread that drives the terminal.
enum EmergencyRestore {
  /// True while a curses screen is up.
  nonisolated(unsafe) static var screenActive = false

  /// The terminal's file descriptor, or -1 when its modes could not be read.
  nonisolated(unsafe) static var ttyDescriptor: Int32 = -1

  /// The terminal's modes before the screen started.
  nonisolated(unsafe) static var savedModes = termios()

  /// A copy of the real standard error while it is captured, else -1.
  nonisolated(unsafe) static var realStderr: Int32 = -1

  /// The file standard error is captured into, else -1.
  nonisolated(unsafe) static var captureFile: Int32 = -1

  nonisolated(unsafe) private static var atExitInstalled = false

  /// Puts the terminal back and replays captured standard error; safe to call repeatedly.
  ///
  /// Runs inside signal handlers, so it only calls curses' `endwin` and plain system calls.
  static func run() {
    if screenActive {
      screenActive = false
      _ = endwin()
      if ttyDescriptor >= 0 {
        _ = tcsetattr(ttyDescriptor, TCSANOW, &savedModes)
      }
    }
    if realStderr >= 0 {
      _ = dup2(realStderr, STDERR_FILENO)
      replayCapture()
      realStderr = -1
    }
  }

  /// Makes `run()` also happen when the process calls `exit` without stopping the screen.
  static func installAtExit() {
    guard !atExitInstalled else {
      return
    }
    atExitInstalled = true
    atexit { EmergencyRestore.run() }
  }

  private static func replayCapture() {
    guard captureFile >= 0 else {
      return
    }
    _ = lseek(captureFile, 0, SEEK_SET)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { chunk in
      while true {
        let count = read(captureFile, chunk.baseAddress, chunk.count)
        guard count > 0 else {
          break
        }
        _ = write(STDERR_FILENO, chunk.baseAddress, count)
      }
    }
  }
}
