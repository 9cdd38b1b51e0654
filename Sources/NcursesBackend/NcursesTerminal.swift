@preconcurrency import CNcursesw
import Glibc
import TerminalKit

/// The real terminal: shows cell buffers with ncursesw and reads keys from it.
///
/// `start()` takes over the screen (UTF-8 locale, raw keys, no echo, hidden cursor, a 25 ms
/// Esc delay unless `ESCDELAY` is set, colours adapted to the terminal) and guards it: fatal
/// signals, SIGTERM/SIGHUP/SIGINT and `exit` all restore the terminal first. `stop()` gives
/// the screen back exactly as it was, on every path, as often as it is called.
public final class NcursesTerminal: Terminal {
  /// How the terminal was configured.
  public let options: NcursesOptions

  /// The current screen size (zero before `start()`).
  public private(set) var size: Size = .zero

  /// The colour mode in use, known after `start()`.
  public private(set) var colorMode: ColorMode?

  private var session: ScreenSession?
  private var palette: ColorPalette
  private var previous: CellBuffer?
  private var cursorVisible = false

  /// Creates a terminal; nothing happens on screen until `start()`.
  public init(options: NcursesOptions = NcursesOptions()) {
    self.options = options
    self.palette = ColorPalette(theme: options.theme, mode: .full)
  }

  deinit {
    session?.close()
  }

  // MARK: - Lifecycle

  /// Starts the screen; fails with a message suggesting a fix when `TERM` is unknown or
  /// standard input and output are not a terminal.
  public func start() throws(TerminalError) {
    guard session == nil else {
      return
    }

    let session = try ScreenSession.open(options)
    self.session = session
    colorMode = session.colorMode
    palette = ColorPalette(theme: options.theme, mode: session.colorMode)
    previous = nil
    cursorVisible = false
    size = Self.screenSize()
  }

  /// Restores the terminal and frees the screen; later calls do nothing.
  public func stop() {
    session?.close()
    session = nil
    previous = nil
  }

  /// Switches to another theme; the next `present` repaints everything.
  public func setTheme(_ theme: Theme) {
    guard let session else {
      return
    }
    palette = ColorPalette(theme: theme, mode: session.colorMode)
    palette.install(defaultColors: session.defaultColors)
    previous = nil
  }

  /// Suspends like a shell job (what Ctrl-Z does): leaves the screen, stops the process,
  /// and takes the screen back when the shell continues it.
  public func suspend() {
    guard session != nil else {
      return
    }

    EmergencyRestore.screenActive = false
    _ = endwin()
    var defaultAction = sigaction()
    defaultAction.__sigaction_handler.sa_handler = SIG_DFL
    var saved = sigaction()
    _ = sigaction(SIGTSTP, &defaultAction, &saved)
    _ = raise(SIGTSTP)
    _ = sigaction(SIGTSTP, &saved, nil)

    EmergencyRestore.screenActive = true
    _ = clearok(cnw_stdscr(), true)
    _ = refresh()
    previous = nil
    size = Self.screenSize()
  }

  // MARK: - Drawing

  /// Copies the cells that changed since the last call to the screen (all of them after a
  /// start, resize, suspend or theme change) and places the cursor.
  public func present(_ buffer: CellBuffer) {
    guard session != nil else {
      return
    }

    let runs: [CellRun]
    if let previous, previous.size == buffer.size {
      runs = buffer.diff(from: previous)
    } else {
      _ = clearok(cnw_stdscr(), true)
      runs = buffer.diff(from: CellBuffer(size: .zero))
    }
    for run in runs {
      draw(run)
    }

    placeCursor(buffer.cursor, in: buffer.bounds)
    _ = refresh()
    previous = buffer
  }

  private func draw(_ run: CellRun) {
    var x = run.origin.x
    for cell in run.cells {
      if !cell.isContinuation {
        put(cell, x: x, y: run.origin.y)
      }
      x += 1
    }
  }

  /// Writes one cell with the wide API; a character curses would measure differently from
  /// our width table is shown as `?` so the columns after it stay in place.
  private func put(_ cell: Cell, x: Int, y: Int) {
    // TODO: graphemes of several spacing scalars (ZWJ emoji, flags) show only their first
    // scalar, because a curses cell holds one spacing character plus combining marks.
    var wide = cell.character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
    let width = cell.width
    if let first = wide.first, wcwidth(first) != width {
      wide = [wchar_t(63)]
      if width == 2 {
        put(Cell(" ", role: cell.role, attributes: cell.attributes), x: x + 1, y: y)
      }
    }
    wide.append(0)

    var character = cchar_t()
    let attributes = palette.attributes(for: cell.role, adding: cell.attributes)
    _ = setcchar(&character, wide, attributes, palette.pair(for: cell.role), nil)
    _ = mvadd_wch(Int32(y), Int32(x), &character)
  }

  private func placeCursor(_ cursor: Point?, in bounds: Rect) {
    guard let cursor, bounds.contains(cursor) else {
      if cursorVisible {
        _ = curs_set(0)
        cursorVisible = false
      }
      return
    }
    if !cursorVisible {
      _ = curs_set(1)
      cursorVisible = true
    }
    _ = move(Int32(cursor.y), Int32(cursor.x))
  }

  // MARK: - Input

  /// Waits up to `timeout` ms (negative: forever) for a key, a resize or a mouse event.
  ///
  /// Esc followed at once by another key is that key with Alt. Ctrl-Z suspends when
  /// `suspendsOnCtrlZ` is set and then reports a resize, so the caller redraws everything.
  public func readKey(timeout: Int) -> KeyEvent? {
    guard session != nil else {
      return nil
    }

    wtimeout(cnw_stdscr(), Int32(clamping: timeout))
    guard let (status, code) = Self.read() else {
      return nil
    }
    let event = status == KEY_CODE_YES ? special(Int32(bitPattern: code)) : plain(code)

    if options.suspendsOnCtrlZ, event == .key(.ctrl("z")) {
      suspend()
      return .resize(size)
    }
    return event
  }

  private func plain(_ code: UInt32) -> KeyEvent {
    let event = CursesKeyDecoder.character(code)
    guard event == .key(.escape) else {
      return event
    }

    wtimeout(cnw_stdscr(), 0)
    guard let (status, next) = Self.read() else {
      return event
    }
    if status == KEY_CODE_YES, let key = CursesKeyDecoder.functionKey(Int32(bitPattern: next)) {
      return .key(.alt(key))
    }
    if status == OK, next != 27, case .key(let key) = CursesKeyDecoder.character(next) {
      return .key(.alt(key))
    }
    if status == OK {
      _ = unget_wch(wchar_t(bitPattern: next))
    } else {
      _ = ungetch(Int32(bitPattern: next))
    }
    return event
  }

  private func special(_ code: Int32) -> KeyEvent {
    switch code {
    case KEY_RESIZE:
      size = Self.screenSize()
      previous = nil
      return .resize(size)
    case KEY_MOUSE:
      return Self.mouseEvent() ?? .unknown(Int(code))
    default:
      return CursesKeyDecoder.functionKey(code).map(KeyEvent.key) ?? .unknown(Int(code))
    }
  }

  private static func read() -> (status: Int32, code: UInt32)? {
    var code: wint_t = 0
    let status = get_wch(&code)
    return status == ERR ? nil : (status, code)
  }

  private static func mouseEvent() -> KeyEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else {
      return nil
    }

    let position = Point(x: Int(event.x), y: Int(event.y))
    if event.bstate & cnw_button4_pressed() != 0 {
      return .mouse(MouseEvent(.wheelUp, at: position))
    }
    if event.bstate & cnw_button5_pressed() != 0 {
      return .mouse(MouseEvent(.wheelDown, at: position))
    }
    let clicks = cnw_button1_pressed() | cnw_button1_clicked()
    return event.bstate & clicks != 0 ? .mouse(MouseEvent(.click, at: position)) : nil
  }

  private static func screenSize() -> Size {
    Size(width: Int(getmaxx(cnw_stdscr())), height: Int(getmaxy(cnw_stdscr())))
  }
}
