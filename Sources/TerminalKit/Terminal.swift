/// A screen that shows cell buffers and reports keys: the only way the app talks to a
/// terminal.
///
/// The real implementation draws with curses; `HeadlessTerminal` records frames for tests.
public protocol Terminal: AnyObject {
  /// Takes over the screen (alternate screen, raw keys, hidden cursor).
  func start() throws(TerminalError)

  /// Gives the screen back exactly as it was found; safe to call more than once.
  func stop()

  /// The current screen size in cells.
  var size: Size { get }

  /// Shows `buffer`, repainting only what changed since the last call.
  func present(_ buffer: CellBuffer)

  /// Waits up to `timeout` milliseconds for an event (a negative timeout waits forever);
  /// nil when none arrived in time.
  func readKey(timeout: Int) -> KeyEvent?
}
