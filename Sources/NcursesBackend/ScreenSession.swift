@preconcurrency import CNcursesw
import Foundation
import Glibc
import TerminalKit

/// One curses screen and everything started with it, from `newterm` to `delscreen`.
///
/// `restore()` may run on a signal-handling thread, so it is locked and idempotent; `close()`
/// runs it and then frees the screen.
final class ScreenSession: @unchecked Sendable {
  /// The colour mode in use.
  let colorMode: ColorMode

  /// True when the terminal's own colours can stand for `Color.default`.
  let defaultColors: Bool

  private let lock = NSLock()
  private let screen: OpaquePointer
  private let input: UnsafeMutablePointer<FILE>
  private let output: UnsafeMutablePointer<FILE>
  private let mouse: Bool
  private let capture: StderrCapture?
  private let signals: TerminationSignals?
  private var restored = false
  private var closed = false

  private init(
    screen: OpaquePointer, files: Files, options: NcursesOptions, signals: TerminationSignals?,
    colors: (mode: ColorMode, defaults: Bool)
  ) {
    self.screen = screen
    self.input = files.input
    self.output = files.output
    self.mouse = options.enableMouse
    self.colorMode = colors.mode
    self.defaultColors = colors.defaults
    self.capture = options.capturesStderr ? StderrCapture() : nil
    self.signals = signals
  }

  private typealias Files = (
    input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>
  )

  // MARK: - Opening

  /// Starts curses as `options` say and returns the session with its colours set up.
  static func open(_ options: NcursesOptions) throws(TerminalError) -> ScreenSession {
    guard let type = options.terminalType ?? options.environment["TERM"], !type.isEmpty else {
      throw .unknownTerminalType(nil)
    }
    let files = try openFiles(options)
    useUTF8Locale()
    saveModes(of: files.input)

    let signals = options.handlesSignals ? TerminationSignals() : nil
    signals?.prepare()
    guard let screen = newterm(type, files.output, files.input) else {
      signals?.uninstall()
      EmergencyRestore.ttyDescriptor = -1
      fclose(files.input)
      fclose(files.output)
      throw .unknownTerminalType(type)
    }
    guard cnw_can_address_cursor() != 0 else {
      _ = endwin()
      delscreen(screen)
      signals?.uninstall()
      EmergencyRestore.ttyDescriptor = -1
      fclose(files.input)
      fclose(files.output)
      throw .startFailed("the terminal type \"\(type)\" cannot move the cursor; run it in a "
        + "full terminal, e.g. TERM=xterm-256color")
    }

    configureInput(options)
    if let size = options.fixedSize {
      _ = resizeterm(Int32(size.height), Int32(size.width))
    }
    let colors = setUpColors(options)
    let session = ScreenSession(
      screen: screen, files: files, options: options, signals: signals, colors: colors)
    session.installGuards(options)
    return session
  }

  private static func openFiles(_ options: NcursesOptions) throws(TerminalError) -> Files {
    if options.inputPath == nil || options.outputPath == nil {
      guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        throw .notATerminal
      }
    }

    let input = options.inputPath.map { fopen($0, "r") } ?? fdopen(dup(STDIN_FILENO), "r")
    let output = options.outputPath.map { fopen($0, "w") } ?? fdopen(dup(STDOUT_FILENO), "w")
    guard let input, let output else {
      if let input { fclose(input) }
      if let output { fclose(output) }
      throw .startFailed("cannot open the terminal's input and output")
    }
    return (input, output)
  }

  /// Wide characters only work under a UTF-8 locale: use the user's, or C.UTF-8 when theirs
  /// is not UTF-8. Numbers keep the C format so parsing never depends on the locale.
  private static func useUTF8Locale() {
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    setlocale(LC_NUMERIC, "C")
  }

  private static func saveModes(of input: UnsafeMutablePointer<FILE>) {
    let descriptor = fileno(input)
    if tcgetattr(descriptor, &EmergencyRestore.savedModes) == 0 {
      EmergencyRestore.ttyDescriptor = descriptor
    } else {
      EmergencyRestore.ttyDescriptor = -1
    }
  }

  private static func configureInput(_ options: NcursesOptions) {
    _ = raw()
    _ = noecho()
    _ = keypad(cnw_stdscr(), true)
    KeySequences.install()
    _ = curs_set(0)
    if options.environment["ESCDELAY"] == nil {
      _ = set_escdelay(25)
    }
    if options.enableMouse {
      let mask = cnw_button1_pressed() | cnw_button4_pressed() | cnw_button5_pressed()
      _ = mousemask(mask, nil)
      _ = mouseinterval(0)
    }
  }

  private static func setUpColors(_ options: NcursesOptions)
    -> (mode: ColorMode, defaults: Bool)
  {
    let hasColors = has_colors()
    var defaultColors = false
    if hasColors {
      _ = start_color()
      defaultColors = use_default_colors() == OK
    }

    let mode =
      options.colorMode
      ?? ColorMode.detect(
        hasColors: hasColors, colors: Int(cnw_colors()), environment: options.environment)
    let effective = hasColors ? mode : .monochrome
    ColorPalette(theme: options.theme, mode: effective).install(defaultColors: defaultColors)
    return (effective, defaultColors)
  }

  private func installGuards(_ options: NcursesOptions) {
    EmergencyRestore.screenActive = true
    EmergencyRestore.installAtExit()
    if options.handlesSignals {
      CrashGuard.install()
      signals?.listen(restore: { [self] in restore() }, hook: options.onTerminationSignal)
    }
    capture?.begin()
  }

  // MARK: - Closing

  /// Leaves curses mode, puts the terminal modes back and replays captured standard error.
  func restore() {
    lock.lock()
    defer { lock.unlock() }
    guard !restored else {
      return
    }
    restored = true

    EmergencyRestore.screenActive = false
    if mouse {
      _ = mousemask(0, nil)
    }
    _ = endwin()
    if EmergencyRestore.ttyDescriptor >= 0 {
      _ = tcsetattr(EmergencyRestore.ttyDescriptor, TCSANOW, &EmergencyRestore.savedModes)
    }
    capture?.end()
  }

  /// Restores the terminal, removes the signal handlers and frees the screen.
  func close() {
    restore()

    lock.lock()
    defer { lock.unlock() }
    guard !closed else {
      return
    }
    closed = true

    CrashGuard.uninstall()
    signals?.uninstall()
    delscreen(screen)
    EmergencyRestore.ttyDescriptor = -1
    fclose(input)
    fclose(output)
  }
}
