import JourneyModel

/// Collects inspector rows, with helpers that wire each row's editor to a lens.
struct FormBuilder {
  /// The rows so far.
  private(set) var rows: [FormRow] = []
  /// The catalogue the choices come from.
  let hub: Hub
  /// True while building rows for journey keys (settings, entry and exit rules).
  var journeyKeys = false
  /// The indentation of the next rows.
  var depth = 0

  /// Creates an empty form over `hub`.
  init(hub: Hub) {
    self.hub = hub
  }

  /// A section title.
  mutating func heading(_ label: String, _ value: String = "", key: String = "") {
    append(FormRow(.heading, label, value, depth: depth, key: key, journeyKey: journeyKeys))
  }

  /// A value shown for information.
  mutating func info(_ label: String, _ value: String, key: String = "") {
    append(FormRow(.field, label, value, depth: depth, key: key, journeyKey: journeyKeys))
  }

  /// A field typed in the prompt; `apply` changes the part the lens reaches.
  mutating func text<Part>(
    _ label: String, _ value: String, key: String, placeholder: String = "",
    _ lens: Lens<Part>, apply: @escaping (String, inout Part) throws(EditError) -> Void
  ) {
    let edit = TextEdit(
      initial: value, placeholder: placeholder, apply: Self.change(lens, apply))
    append(
      FormRow(
        .field, label, value, depth: depth, key: key, journeyKey: journeyKeys,
        editor: .text(edit)))
  }

  /// A field chosen from `choices`; `shown` is its current text.
  mutating func choice<Part>(
    _ label: String, _ shown: String, key: String, title: String, choices: [Choice],
    current: String?, freeText: Bool = false, _ lens: Lens<Part>,
    apply: @escaping (String, inout Part) throws(EditError) -> Void
  ) {
    let edit = ChoiceEdit(
      title: title, choices: choices, current: current, allowsFreeText: freeText,
      apply: Self.change(lens, apply))
    append(
      FormRow(
        .field, label, shown, depth: depth, key: key, journeyKey: journeyKeys,
        editor: .choice(edit)))
  }

  /// An on/off field.
  mutating func toggle<Part>(
    _ label: String, _ isOn: Bool, key: String, _ lens: Lens<Part>,
    flip: @escaping (inout Part) -> Void
  ) {
    let change: JourneyChange = { (journey: inout Journey) throws(EditError) in
      try lens.modify(&journey) { (part: inout Part) throws(EditError) in flip(&part) }
    }
    append(
      FormRow(
        .field, label, isOn ? "yes" : "no", depth: depth, key: key, journeyKey: journeyKeys,
        editor: .toggle(change)))
  }

  /// An "+ add ..." row done with `editor`.
  mutating func add(_ label: String, key: String = "", editor: FieldEditor) {
    append(
      FormRow(
        .add, label, depth: depth, key: key, journeyKey: journeyKeys, editor: editor))
  }

  /// An "+ add ..." row that runs `change` on the part at once.
  mutating func addAction<Part>(
    _ label: String, _ lens: Lens<Part>, change: @escaping (inout Part) throws(EditError) -> Void
  ) {
    let journeyChange: JourneyChange = { (journey: inout Journey) throws(EditError) in
      try lens.modify(&journey, change)
    }
    add(label, editor: .action(journeyChange))
  }

  /// Makes the last row an item of the list the lens reaches, at `index`: removable and
  /// movable.
  mutating func listItem<Element>(_ index: Int, of list: Lens<[Element]>, movable: Bool = true) {
    guard var row = rows.popLast() else { return }
    row.remove = { (journey: inout Journey) throws(EditError) in
      try list.modify(&journey) { items in
        if items.indices.contains(index) { items.remove(at: index) }
      }
    }
    if movable {
      row.moveUp = Self.move(list, index, by: -1)
      row.moveDown = Self.move(list, index, by: 1)
    }
    rows.append(row)
  }

  /// Builds rows one level deeper.
  mutating func nested(_ body: (inout FormBuilder) -> Void) {
    depth += 1
    body(&self)
    depth -= 1
  }

  /// Replaces the last row's remove action.
  mutating func setRemove(_ change: @escaping JourneyChange) {
    guard var row = rows.popLast() else { return }
    row.remove = change
    rows.append(row)
  }

  private mutating func append(_ row: FormRow) {
    rows.append(row)
  }

  private static func change<Part>(
    _ lens: Lens<Part>, _ apply: @escaping (String, inout Part) throws(EditError) -> Void
  ) -> ValueChange {
    { (text: String, journey: inout Journey) throws(EditError) in
      try lens.modify(&journey) { (part: inout Part) throws(EditError) in
        try apply(text, &part)
      }
    }
  }

  private static func move<Element>(
    _ list: Lens<[Element]>, _ index: Int, by delta: Int
  ) -> JourneyChange {
    { (journey: inout Journey) throws(EditError) in
      try list.modify(&journey) { (items: inout [Element]) throws(EditError) in
        let destination = index + delta
        guard items.indices.contains(index), items.indices.contains(destination) else {
          throw .cannotMove(delta < 0 ? "this item is first already" : "this item is last already")
        }
        items.swapAt(index, destination)
      }
    }
  }
}
