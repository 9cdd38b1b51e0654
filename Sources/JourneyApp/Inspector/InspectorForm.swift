import JourneyModel

/// The inspector's rows for the selected canvas row.
enum InspectorForm {
  /// The rows for `target` in `journey`.
  static func rows(for target: CanvasTarget, in journey: Journey, hub: Hub) -> [FormRow] {
    var form = FormBuilder(hub: hub)
    switch target {
    case .emptyPath(let parent, let label):
      let owner = journey.step(parent).map { StepSummary.label(label, of: $0) ?? "" } ?? ""
      form.heading("Empty path", owner)
      form.info("Add", "press a to add a step here")
      form.info("Paste", "press p to paste cut steps here")
    case .step(let id):
      guard let step = journey.step(id) else { return [] }
      stepRows(&form, step, journey)
    }
    return form.rows
  }

  private static func stepRows(_ form: inout FormBuilder, _ step: Step, _ journey: Journey) {
    let lens = Lens<Step>.step(step.id)
    form.heading(step.kind.type.title, "[\(step.id)]")
    form.text("Name", step.name, key: "name", placeholder: "a label for the canvas", lens) {
      (text: String, value: inout Step) throws(EditError) in
      value.name = FieldParsing.trimmed(text)
    }

    switch step.kind {
    case .start:
      StartForm.rows(&form, journey)
    case .wait(let wait):
      StepForms.wait(
        &form, wait,
        lens.focus(
          get: { if case .wait(let wait) = $0.kind { return wait } else { return nil } },
          set: { $0.kind = .wait($1) }))
    case .segment(let segment):
      let tree = try? StepTree(journey)
      StepForms.segment(
        &form, segment,
        lens.focus(
          get: { if case .segment(let segment) = $0.kind { return segment } else { return nil } },
          set: { $0.kind = .segment($1) }),
        subtreeSize: { tree?.subtree(of: $0).count ?? 1 })
    case .pauseUntil(let pause):
      StepForms.pauseUntil(
        &form, pause,
        lens.focus(
          get: { if case .pauseUntil(let pause) = $0.kind { return pause } else { return nil } },
          set: { $0.kind = .pauseUntil($1) }))
    case .activate(let activate):
      StepForms.activate(
        &form, activate,
        lens.focus(
          get: {
            if case .activate(let activate) = $0.kind { return activate } else { return nil }
          },
          set: { $0.kind = .activate($1) }))
    case .stop:
      form.info("Ends", "contacts complete the journey here")
    }
  }
}
