import Testing

@testable import TerminalKit

@Suite struct HeadlessTerminalTests {
  @Test func replaysEventsAndRecordsFrames() throws {
    let terminal = HeadlessTerminal(
      size: Size(width: 20, height: 5),
      events: [.key(.down), .resize(Size(width: 30, height: 6)), .key(.character("q"))])
    try terminal.start()
    try terminal.start()
    #expect(terminal.readKey(timeout: 10) == .key(.down))
    #expect(terminal.size == Size(width: 20, height: 5))
    #expect(terminal.readKey(timeout: 10) == .resize(Size(width: 30, height: 6)))
    #expect(terminal.size == Size(width: 30, height: 6))

    var buffer = CellBuffer(size: terminal.size)
    buffer.write("frame", at: .zero)
    terminal.present(buffer)
    #expect(terminal.readKey(timeout: 10) == .key(.character("q")))
    #expect(terminal.readKey(timeout: 10) == nil)

    terminal.stop()
    terminal.stop()
    #expect(terminal.frames.count == 1)
    #expect(terminal.lastFrame?.rowText(0) == "frame" + String(repeating: " ", count: 25))
    #expect(terminal.startCount == 1)
    #expect(terminal.stopCount == 1)
    #expect(!terminal.isRunning)
  }

  @Test func startCanBeMadeToFail() {
    let terminal = HeadlessTerminal(keys: [.enter])
    terminal.startError = .notATerminal
    #expect(throws: TerminalError.notATerminal) {
      try terminal.start()
    }
    #expect(!terminal.isRunning)
    #expect(
      TerminalError.notATerminal.description
        == "standard input and output must be a terminal for the interactive screen; "
        + "run it in a terminal, or use the plain commands")
  }
}
