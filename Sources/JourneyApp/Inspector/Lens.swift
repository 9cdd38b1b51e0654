import JourneyModel

/// Reads and writes one part of a journey (a step, a condition, a list item), so that form
/// rows can edit nested values without knowing where they live.
struct Lens<Value> {
  /// The part, or nil when it is not there (a step that was removed, a case that changed).
  let get: (Journey) -> Value?
  /// Writes the part back.
  let set: (inout Journey, Value) throws(EditError) -> Void

  /// Changes the part in place; refuses when it is not there.
  func modify(
    _ journey: inout Journey, _ change: (inout Value) throws(EditError) -> Void
  ) throws(EditError) {
    guard var value = get(journey) else { throw .itemGone }
    try change(&value)
    try set(&journey, value)
  }

  /// A lens on a part of this part.
  func focus<Part>(
    get part: @escaping (Value) -> Part?, set write: @escaping (inout Value, Part) -> Void
  ) -> Lens<Part> {
    let outerGet = get
    let outerSet = set
    return Lens<Part>(
      get: { journey in outerGet(journey).flatMap(part) },
      set: { (journey: inout Journey, newPart: Part) throws(EditError) in
        guard var value = outerGet(journey) else { throw .itemGone }
        write(&value, newPart)
        try outerSet(&journey, value)
      })
  }

  /// A lens on item `index` of a list part.
  func item<Element>(_ index: Int) -> Lens<Element> where Value == [Element] {
    focus(
      get: { list in list.indices.contains(index) ? list[index] : nil },
      set: { list, element in if list.indices.contains(index) { list[index] = element } })
  }
}

extension Lens where Value == Step {
  /// The step with `id`.
  static func step(_ id: StepID) -> Lens<Step> {
    Lens(
      get: { $0.step(id) },
      set: { (journey: inout Journey, step: Step) throws(EditError) in
        try JourneyEdits.update(id, in: &journey) { $0 = step }
      })
  }
}

extension Lens where Value == Journey {
  /// The whole journey.
  static var journey: Lens<Journey> {
    Lens(
      get: { $0 },
      set: { (journey: inout Journey, value: Journey) throws(EditError) in
        journey = value
      })
  }
}
