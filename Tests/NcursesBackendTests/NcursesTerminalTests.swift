import Foundation
import Glibc
import Testing

@testable import NcursesBackend
@testable import TerminalKit

/// Drives real ncursesw without a terminal: input and output are files, the size is fixed,
/// and `TERM`/`TERMINFO` are set here so the result does not depend on the environment.
/// Curses has one current screen per process, so these tests run one at a time.
@Suite(.serialized) struct NcursesTerminalTests {
  static let size = Size(width: 24, height: 6)

  static func options(input: String = "/dev/null", environment: [String: String] = [:])
    throws -> NcursesOptions
  {
    let directory = try #require(
      ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo"].first {
        FileManager.default.fileExists(atPath: "\($0)/x/xterm-256color")
      }, "no terminfo entry for xterm-256color (install ncurses-base)")
    setenv("TERM", "xterm-256color", 1)
    setenv("TERMINFO", directory, 1)

    var options = NcursesOptions()
    options.terminalType = "xterm-256color"
    options.inputPath = input
    options.outputPath = "/dev/null"
    options.fixedSize = size
    options.handlesSignals = false
    options.capturesStderr = false
    options.environment = environment.merging(["TERM": "xterm-256color"]) { mine, _ in mine }
    return options
  }

  @Test func drawsTextBoxesAndWideCharactersExactly() throws {
    let terminal = NcursesTerminal(options: try Self.options())
    try terminal.start()
    defer { terminal.stop() }
    #expect(terminal.size == Self.size)

    var buffer = CellBuffer(size: terminal.size)
    buffer.drawBox(Rect(x: 0, y: 0, width: 24, height: 4), title: "Journey")
    buffer.write("日本 → ok", at: Point(x: 2, y: 1), role: .error)
    buffer.write("Café", at: Point(x: 2, y: 2))
    buffer.write("end", at: Point(x: 21, y: 5))
    terminal.present(buffer)

    #expect(terminal.screenRow(0) == "┌ Journey ─────────────┐")
    #expect(terminal.screenRow(1) == "│ 日本 → ok            │")
    #expect(terminal.screenRow(2) == "│ Café                 │")
    #expect(terminal.screenRow(3) == "└──────────────────────┘")
    #expect(terminal.screenRow(5) == "                     end")
    #expect(terminal.screenRow(1) == buffer.rowText(1))
  }

  @Test func rolesBecomeAttributesAndColourPairs() throws {
    let terminal = NcursesTerminal(options: try Self.options())
    try terminal.start()
    defer { terminal.stop() }
    #expect(terminal.colorMode == .full)

    var buffer = CellBuffer(size: terminal.size)
    buffer.write("E", at: .zero, role: .error)
    buffer.write("U", at: Point(x: 1, y: 0), role: .normal, attributes: .underline)
    terminal.present(buffer)

    let error = try #require(terminal.screenCell(at: .zero))
    let errorPair = Int16(try #require(Role.allCases.firstIndex(of: .error)) + 1)
    #expect(error.text == "E")
    #expect(error.attributes == .bold)
    #expect(error.pair == errorPair)
    let plain = try #require(terminal.screenCell(at: Point(x: 1, y: 0)))
    #expect(plain.attributes == .underline)
    #expect(plain.pair == 1)
  }

  @Test func noColorGivesMonochromeWithMonoAttributes() throws {
    let terminal = NcursesTerminal(options: try Self.options(environment: ["NO_COLOR": "1"]))
    try terminal.start()
    defer { terminal.stop() }
    #expect(terminal.colorMode == .monochrome)

    var buffer = CellBuffer(size: terminal.size)
    buffer.write("E", at: .zero, role: .error)
    buffer.write("S", at: Point(x: 1, y: 0), role: .selection)
    terminal.present(buffer)
    #expect(terminal.screenCell(at: .zero)?.attributes == [.bold, .underline])
    #expect(terminal.screenCell(at: .zero)?.pair == 0)
    #expect(terminal.screenCell(at: Point(x: 1, y: 0))?.attributes == .reverse)
  }

  @Test func presentCopiesOnlyChangedCells() throws {
    let terminal = NcursesTerminal(options: try Self.options())
    try terminal.start()
    defer { terminal.stop() }

    var buffer = CellBuffer(size: terminal.size)
    buffer.write("first line", at: .zero)
    terminal.present(buffer)
    terminal.scribble("XX", at: Point(x: 0, y: 0))

    buffer.write("second", at: Point(x: 0, y: 1))
    terminal.present(buffer)
    #expect(terminal.screenRow(0).hasPrefix("XXrst line"))
    #expect(terminal.screenRow(1).hasPrefix("second"))

    terminal.setTheme(.light)
    terminal.present(buffer)
    #expect(terminal.screenRow(0).hasPrefix("first line"))
  }

  /// Forcing the size queues one resize event before the keys, as a real resize would.
  /// `ESC [1~` and `ESC [4~` (Home and End as tmux sends them) are not in the xterm entry.
  @Test func readsKeysFromInputIncludingAltAndArrows() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("tk-keys-\(UUID().uuidString)")
    let input = "q\u{1B}x\u{1B}OA\u{03}日\r\u{1B}[1~\u{1B}[4~\u{1B}[Z\u{1B}[15~"
    try Data(input.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }

    var options = try Self.options(input: file.path)
    options.suspendsOnCtrlZ = false
    let terminal = NcursesTerminal(options: options)
    try terminal.start()
    defer { terminal.stop() }

    var events: [KeyEvent] = []
    while let event = terminal.readKey(timeout: 50) {
      events.append(event)
    }
    let expected: [KeyEvent] = [
      .resize(Self.size), .key(.character("q")), .key(.alt(.character("x"))), .key(.up),
      .key(.ctrl("c")), .key(.character("日")), .key(.enter),
      .key(.home), .key(.end), .key(.backTab), .key(.function(5)),
    ]
    #expect(events == expected)
  }

  @Test func unknownTerminalTypeIsATypedError() throws {
    var options = try Self.options()
    options.terminalType = "no-such-terminal-tk"
    let terminal = NcursesTerminal(options: options)
    #expect(throws: TerminalError.unknownTerminalType("no-such-terminal-tk")) {
      try terminal.start()
    }
    #expect(
      TerminalError.unknownTerminalType("no-such-terminal-tk").description
        == "unknown terminal type \"no-such-terminal-tk\"; set TERM to a known type, "
        + "e.g. TERM=xterm-256color")
    terminal.stop()

    options.terminalType = nil
    options.environment = [:]
    #expect(throws: TerminalError.unknownTerminalType(nil)) {
      try NcursesTerminal(options: options).start()
    }
  }

  @Test func stopIsIdempotentAndTheScreenCanStartAgain() throws {
    let terminal = NcursesTerminal(options: try Self.options())
    try terminal.start()
    terminal.stop()
    terminal.stop()
    #expect(terminal.readKey(timeout: 0) == nil)

    try terminal.start()
    var buffer = CellBuffer(size: terminal.size)
    buffer.write("again", at: .zero)
    terminal.present(buffer)
    #expect(terminal.screenRow(0).hasPrefix("again"))
    terminal.stop()
  }
}
