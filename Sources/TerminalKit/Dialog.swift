/// A modal box with a title, a few lines of text and a row of buttons.
///
/// ```
/// ┌ Delete step ───────────┐
/// │ Delete "Wait 3 days"?  │
/// │                        │
/// │  [ Delete ] [ Cancel ] │
/// └────────────────────────┘
/// ```
public struct Dialog: Hashable, Sendable {
  /// What the user did with the dialog.
  public enum Outcome: Hashable, Sendable {
    /// A button was chosen, by index.
    case chosen(Int)
    /// The dialog was dismissed with Esc.
    case cancelled
  }

  /// The title in the top border.
  public var title: String

  /// The body text; each entry is a paragraph, wrapped to the box width.
  public var lines: [String]

  /// The button labels, left to right.
  public var buttons: [String]

  /// The highlighted button.
  public private(set) var selectedButton: Int

  /// The widest the box grows, in columns, before text wraps.
  public var maxWidth: Int

  /// Creates a dialog with `selectedButton` highlighted.
  public init(
    title: String, lines: [String], buttons: [String] = ["OK"], selectedButton: Int = 0,
    maxWidth: Int = 60
  ) {
    self.title = title
    self.lines = lines
    self.buttons = buttons
    self.selectedButton = min(max(selectedButton, 0), max(buttons.count - 1, 0))
    self.maxWidth = maxWidth
  }

  // MARK: - Keys

  /// Highlights the next button, wrapping around.
  public mutating func selectNext() {
    guard !buttons.isEmpty else {
      return
    }
    selectedButton = (selectedButton + 1) % buttons.count
  }

  /// Highlights the previous button, wrapping around.
  public mutating func selectPrevious() {
    guard !buttons.isEmpty else {
      return
    }
    selectedButton = (selectedButton + buttons.count - 1) % buttons.count
  }

  /// Applies a key: arrows and Tab move, Enter or Space chooses the highlighted button,
  /// Esc cancels, and a letter that starts exactly one button's label chooses that button.
  /// Returns nil while the dialog stays open.
  public mutating func handle(_ key: Key) -> Outcome? {
    switch key {
    case .left, .backTab:
      selectPrevious()
    case .right, .tab:
      selectNext()
    case .enter, .character(" "):
      return buttons.isEmpty ? .cancelled : .chosen(selectedButton)
    case .escape:
      return .cancelled
    default:
      return chooseByLetter(key.character)
    }
    return nil
  }

  private func chooseByLetter(_ letter: Character?) -> Outcome? {
    guard let letter else {
      return nil
    }
    let matches = buttons.indices.filter {
      buttons[$0].first?.lowercased() == letter.lowercased()
    }
    return matches.count == 1 ? .chosen(matches[0]) : nil
  }

  // MARK: - Drawing

  /// The box's frame when centred in `area`.
  public func frame(in area: Rect) -> Rect {
    let inner = innerWidth(limit: area.width - 4)
    let body = bodyLines(width: inner)
    let height = body.count + 3
    return area.centered(Size(width: inner + 4, height: height))
  }

  /// Draws the dialog centred in `area`, with borders in `style`.
  public func draw(in area: Rect, on buffer: inout CellBuffer, style: BoxStyle = .unicode) {
    let box = frame(in: area)
    guard box.width >= 5, box.height >= 3 else {
      return
    }

    buffer.fill(box, role: .dialog)
    buffer.drawBox(box, style: style, role: .focusBorder, title: title)
    let content = box.inset(top: 1, left: 2, bottom: 1, right: 2)
    let body = bodyLines(width: content.width)
    for (index, text) in body.prefix(max(content.height - 1, 0)).enumerated() {
      let origin = Point(x: content.x, y: content.y + index)
      buffer.write(text, at: origin, role: .dialog, clip: content)
    }
    let buttonRow = Rect(x: box.x + 1, y: content.maxY - 1, width: box.width - 2, height: 1)
    drawButtons(on: &buffer, in: buttonRow)
  }

  /// Centres the buttons in `row`, which may use the padding inside the borders.
  private func drawButtons(on buffer: inout CellBuffer, in row: Rect) {
    // TODO: buttons wider than the box are clipped at its right border instead of shortened.
    let labels = buttons.map { "[ \($0) ]" }
    let total = labels.reduce(0) { $0 + TextWidth.width(of: $1) } + max(labels.count - 1, 0)
    var x = row.x + max((row.width - total) / 2, 0)
    for (index, label) in labels.enumerated() {
      let role: Role = index == selectedButton ? .selection : .dialog
      x = buffer.write(label, at: Point(x: x, y: row.y), role: role, clip: row) + 1
    }
  }

  private func innerWidth(limit: Int) -> Int {
    let buttonsWidth = buttons.reduce(0) { $0 + TextWidth.width(of: $1) + 5 }
    let textWidth = lines.map { TextWidth.width(of: $0) }.max() ?? 0
    let wanted = max(textWidth, buttonsWidth - 1, TextWidth.width(of: title) + 2)
    return max(min(wanted, maxWidth - 4, limit), 1)
  }

  private func bodyLines(width: Int) -> [String] {
    lines.flatMap { TextWidth.wrap($0, to: width) } + [""]
  }
}
