import Testing

@testable import TerminalKit

@Suite struct TextFieldTests {
  @Test func editingKeys() {
    var field = TextField("Wait")
    #expect(field.cursor == 4)
    var consumed = [field.handle(.character(" "))]
    field.insert("3 days")
    #expect(field.text == "Wait 3 days")
    consumed += [field.handle(.home), field.handle(.delete)]
    #expect(field.text == "ait 3 days")
    consumed += [field.handle(.right), field.handle(.backspace)]
    #expect(field.text == "it 3 days")
    #expect(field.cursor == 0)
    consumed += [field.handle(.end), field.handle(.left), field.handle(.left)]
    consumed += [field.handle(.left), field.handle(.left), field.handle(.ctrl("k"))]
    #expect(field.text == "it 3 ")
    consumed += [field.handle(.ctrl("a")), field.handle(.ctrl("e")), field.handle(.left)]
    consumed += [field.handle(.ctrl("u"))]
    #expect(field.text == " ")
    #expect(field.cursor == 0)
    #expect(consumed == Array(repeating: true, count: 15))
  }

  @Test func keysTheFieldDoesNotUse() {
    var field = TextField("x")
    let keys = [Key.enter, .escape, .tab, .up, .down, .alt(.character("b")), .ctrl("s")]
    let consumed = keys.map { field.handle($0) }
    #expect(consumed == Array(repeating: false, count: 7))
    #expect(field.text == "x")
  }

  @Test func boundariesAreSafe() {
    var field = TextField()
    field.backspace()
    field.deleteForward()
    field.moveLeft()
    field.moveRight()
    #expect(field.text == "")
    #expect(field.cursor == 0)
  }

  @Test func controlCharactersAreNotInserted() {
    var field = TextField("a\tb")
    field.insert("c\nd")
    #expect(field.text == "abcd")
  }

  @Test func cursorColumnCountsWideCharacters() {
    var field = TextField("日本x")
    #expect(field.cursorColumn == 5)
    field.moveLeft()
    #expect(field.cursorColumn == 4)
    field.moveHome()
    #expect(field.cursorColumn == 0)
  }

  @Test func drawsWithCursorAndScrollsLongText() {
    var buffer = CellBuffer(size: Size(width: 12, height: 1))
    var field = TextField("abcdefghij")
    field.draw(in: Rect(x: 2, y: 0, width: 6, height: 1), on: &buffer)
    #expect(buffer.rowText(0) == "  fghij     ")
    #expect(buffer.cursor == Point(x: 7, y: 0))
    #expect(buffer.cell(at: Point(x: 7, y: 0))?.role == .inputField)

    field.moveHome()
    buffer.clear()
    field.draw(in: Rect(x: 2, y: 0, width: 6, height: 1), on: &buffer)
    #expect(buffer.rowText(0) == "  abcdef    ")
    #expect(buffer.cursor == Point(x: 2, y: 0))
  }

  @Test func placeholderShowsWhenEmptyAndUnfocusedHidesCursor() {
    var buffer = CellBuffer(size: Size(width: 10, height: 1))
    let field = TextField(placeholder: "days")
    field.draw(in: buffer.bounds, on: &buffer, focused: false)
    #expect(buffer.rowText(0) == "days      ")
    #expect(buffer.cell(at: .zero)?.role == .muted)
    #expect(buffer.cursor == nil)
  }
}
