import Testing

@testable import TerminalKit

@Suite struct KeyTests {
  static let samples: [(Key, String)] = [
    (.character("q"), "q"), (.character("Q"), "Q"), (.character("?"), "?"),
    (.character("-"), "-"), (.character(" "), "space"), (.character("é"), "é"),
    (.enter, "enter"), (.escape, "esc"), (.tab, "tab"), (.backTab, "backtab"),
    (.backspace, "backspace"), (.delete, "delete"), (.insert, "insert"),
    (.up, "up"), (.down, "down"), (.left, "left"), (.right, "right"),
    (.home, "home"), (.end, "end"), (.pageUp, "pgup"), (.pageDown, "pgdn"),
    (.function(1), "f1"), (.function(12), "f12"), (.ctrl("s"), "ctrl-s"),
    (.alt(.character("x")), "alt-x"), (.alt(.enter), "alt-enter"),
    (.alt(.character("-")), "alt--"), (.alt(.ctrl("c")), "alt-ctrl-c"),
  ]

  @Test(arguments: samples)
  func nameRoundTrips(key: Key, name: String) {
    #expect(key.name == name)
    #expect(Key(name: name) == key)
    #expect(key.description == name)
  }

  @Test func namedKeysIgnoreCaseAndAcceptAliases() {
    #expect(Key(name: "Enter") == .enter)
    #expect(Key(name: "return") == .enter)
    #expect(Key(name: "ESCAPE") == .escape)
    #expect(Key(name: "shift-tab") == .backTab)
    #expect(Key(name: "PageDown") == .pageDown)
    #expect(Key(name: "Ctrl-S") == .ctrl("s"))
    #expect(Key(name: "ALT-x") == .alt(.character("x")))
    #expect(Key(name: "F5") == .function(5))
  }

  @Test func badNamesParseToNil() {
    for name in ["", "alt-", "ctrl-", "ctrl-1", "ctrl-ab", "f0", "f64", "f01", "bogus",
      "alt-alt-x", "\t"]
    {
      #expect(Key(name: name) == nil, "\(name.debugDescription)")
    }
  }

  @Test func ctrlStoresLowerCase() {
    #expect(Key.ctrl("S") == Key.ctrl("s"))
    #expect(Key.ctrl("S").name == "ctrl-s")
  }

  @Test func characterIsOnlyForPlainCharacters() {
    #expect(Key.character("a").character == "a")
    #expect(Key.alt(.character("a")).character == nil)
    #expect(Key.enter.character == nil)
  }

  @Test func eventGivesItsKey() {
    #expect(KeyEvent.key(.up).key == .up)
    #expect(KeyEvent.resize(Size(width: 1, height: 1)).key == nil)
    let click = MouseEvent(.click, at: Point(x: 4, y: 2))
    #expect(click.row == 2)
    #expect(click.column == 4)
  }

  @Test func headlessTerminalReplaysAndRecords() throws {
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
}
