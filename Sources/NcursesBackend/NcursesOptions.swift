import Foundation
import TerminalKit

/// How an `NcursesTerminal` starts: where it draws, what it looks like, what it handles.
public struct NcursesOptions: Sendable {
  /// The terminfo name; nil takes `TERM` from `environment`.
  public var terminalType: String?

  /// A file to read keys from instead of standard input (which must then be a terminal).
  public var inputPath: String?

  /// A file to draw to instead of standard output (which must then be a terminal).
  public var outputPath: String?

  /// Forces this screen size instead of the terminal's (for headless use).
  public var fixedSize: Size?

  /// The theme; it is adapted to the colours the terminal has.
  public var theme: Theme

  /// Forces a colour mode; nil detects it (monochrome without colour support or with
  /// `NO_COLOR` set, 8 colours below 256).
  public var colorMode: ColorMode?

  /// Reports mouse clicks and wheel turns; off by default so text can be selected with the
  /// terminal's own mouse handling.
  public var enableMouse: Bool

  /// Handles SIGTERM, SIGHUP and SIGINT (restore, hook, exit) and restores the terminal on
  /// fatal signals. Turn off only in tests.
  public var handlesSignals: Bool

  /// Sends standard error to a temporary file while the screen is up and replays it after.
  public var capturesStderr: Bool

  /// Treats Ctrl-Z as "suspend": the screen stops, the shell takes over until `fg`.
  public var suspendsOnCtrlZ: Bool

  /// The environment to read `TERM`, `ESCDELAY` and `NO_COLOR` from.
  public var environment: [String: String]

  /// Called after the terminal is restored when SIGTERM, SIGHUP or SIGINT arrives, just
  /// before the process exits with 143, 129 or 130; the place to save recovery state.
  public var onTerminationSignal: (@Sendable (Int32) -> Void)?

  /// Options for an interactive session on standard input and output.
  public init(
    theme: Theme = .default, enableMouse: Bool = false,
    onTerminationSignal: (@Sendable (Int32) -> Void)? = nil
  ) {
    self.terminalType = nil
    self.inputPath = nil
    self.outputPath = nil
    self.fixedSize = nil
    self.theme = theme
    self.colorMode = nil
    self.enableMouse = enableMouse
    self.handlesSignals = true
    self.capturesStderr = true
    self.suspendsOnCtrlZ = true
    self.environment = ProcessInfo.processInfo.environment
    self.onTerminationSignal = onTerminationSignal
  }
}
