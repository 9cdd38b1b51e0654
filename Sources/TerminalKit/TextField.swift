/// A single-line text editor: insert, delete, move, and draw with a visible cursor.
///
/// The cursor is an index between characters; `cursorColumn` gives its display column,
/// so wide characters move it by two.
public struct TextField: Hashable, Sendable {
  private var characters: [Character]

  /// The cursor position, from 0 (before the first character) to the character count.
  public private(set) var cursor: Int

  /// Text shown in the muted role while the field is empty.
  public var placeholder: String

  /// Creates a field holding `text`, with the cursor at its end.
  public init(_ text: String = "", placeholder: String = "") {
    self.characters = Array(Self.printable(text))
    self.cursor = characters.count
    self.placeholder = placeholder
  }

  /// The current text.
  public var text: String { String(characters) }

  /// The display column of the cursor, counted from the start of the text.
  public var cursorColumn: Int {
    TextWidth.width(of: String(characters[..<cursor]))
  }

  // MARK: - Editing

  /// Inserts `text` at the cursor, skipping control characters.
  public mutating func insert(_ text: String) {
    let clean = Array(Self.printable(text))
    characters.insert(contentsOf: clean, at: cursor)
    cursor += clean.count
  }

  /// Deletes the character before the cursor.
  public mutating func backspace() {
    guard cursor > 0 else {
      return
    }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Deletes the character under the cursor.
  public mutating func deleteForward() {
    guard cursor < characters.count else {
      return
    }
    characters.remove(at: cursor)
  }

  /// Deletes everything before the cursor.
  public mutating func deleteToStart() {
    characters.removeFirst(cursor)
    cursor = 0
  }

  /// Deletes everything from the cursor on.
  public mutating func deleteToEnd() {
    characters.removeLast(characters.count - cursor)
  }

  /// Moves the cursor one character left.
  public mutating func moveLeft() {
    cursor = max(cursor - 1, 0)
  }

  /// Moves the cursor one character right.
  public mutating func moveRight() {
    cursor = min(cursor + 1, characters.count)
  }

  /// Moves the cursor before the first character.
  public mutating func moveHome() {
    cursor = 0
  }

  /// Moves the cursor after the last character.
  public mutating func moveEnd() {
    cursor = characters.count
  }

  /// Applies an editing key; returns false for keys the field does not use (Enter, Esc, Tab,
  /// arrows up and down), so the caller can handle them.
  ///
  /// Besides the obvious keys: Ctrl-A and Ctrl-E go home and end, Ctrl-U deletes to the
  /// start, Ctrl-K to the end.
  public mutating func handle(_ key: Key) -> Bool {
    if let character = key.character {
      insert(String(character))
      return true
    }
    guard !key.alt else {
      return false
    }

    switch key.code {
    case .backspace: backspace()
    case .delete: deleteForward()
    case .left: moveLeft()
    case .right: moveRight()
    case .home, .ctrl("a"): moveHome()
    case .end, .ctrl("e"): moveEnd()
    case .ctrl("u"): deleteToStart()
    case .ctrl("k"): deleteToEnd()
    default: return false
    }
    return true
  }

  // MARK: - Drawing

  /// Draws the field on the first row of `rect` and, when `focused`, puts the buffer's
  /// cursor at the editing position. Long text scrolls so the cursor stays visible.
  public func draw(in rect: Rect, on buffer: inout CellBuffer, focused: Bool = true) {
    guard !rect.isEmpty else {
      return
    }

    let line = Rect(origin: rect.origin, size: Size(width: rect.width, height: 1))
    buffer.fill(line, role: .inputField)
    if characters.isEmpty, !placeholder.isEmpty {
      let hint = TextWidth.truncate(placeholder, to: line.width)
      buffer.write(hint, at: line.origin, role: .muted, clip: line)
    }

    let first = firstVisibleCharacter(width: line.width)
    let shown = String(characters[first...])
    buffer.write(shown, at: line.origin, role: .inputField, clip: line)
    if focused {
      let column = TextWidth.width(of: String(characters[first..<cursor]))
      buffer.cursor = Point(x: line.x + column, y: line.y)
    }
  }

  /// The first character to draw so that the cursor fits within `width` columns.
  private func firstVisibleCharacter(width: Int) -> Int {
    var first = 0
    while first < cursor,
      TextWidth.width(of: String(characters[first..<cursor])) > max(width - 1, 0)
    {
      first += 1
    }
    return first
  }

  private static func printable(_ text: String) -> [Character] {
    text.filter { TextWidth.width(of: $0) > 0 }.map { $0 }
  }
}
