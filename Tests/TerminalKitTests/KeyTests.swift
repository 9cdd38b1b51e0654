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
    for name in [
      "", "alt-", "ctrl-", "ctrl-1", "ctrl-ab", "f0", "f64", "f01", "bogus",
      "alt-alt-x", "\t",
    ] {
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
}
