import Foundation
import JourneyModel
import TerminalKit

/// What the application reads and writes outside its state: the workspace, the clock, the
/// theme hook and the log. Tests inject a fixed clock and a temporary workspace.
public struct AppEnvironment {
  /// The workspace shown.
  public var workspace: Workspace
  /// The current time.
  public var now: () -> Date
  /// The folder of user theme files, `$XDG_CONFIG_HOME/journey/themes`.
  public var themesDirectory: URL?
  /// Shows a theme on the terminal (`:theme`).
  public var applyTheme: (Theme) -> Void
  /// Where events are logged.
  public var logger: any AppLogger
  /// Where long work runs: background threads, or inline in tests.
  public var work: WorkMode

  /// Creates an environment.
  public init(
    workspace: Workspace, now: @escaping () -> Date = Date.init, themesDirectory: URL? = nil,
    applyTheme: @escaping (Theme) -> Void = { _ in }, logger: any AppLogger = NullLogger(),
    work: WorkMode = .background
  ) {
    self.workspace = workspace
    self.now = now
    self.themesDirectory = themesDirectory
    self.applyTheme = applyTheme
    self.logger = logger
    self.work = work
  }

  /// The recovery files of the workspace.
  public var recovery: RecoveryStore { RecoveryStore(workspace: workspace) }

  /// The current time in whole seconds since 1970.
  var nowSeconds: Int64 { Int64(now().timeIntervalSince1970.rounded(.down)) }
}
