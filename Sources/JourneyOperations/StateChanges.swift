import JourneyEngine
import JourneyStore

/// What a run changed in the saved contacts: the rows to write and each contact's moves.
struct StateChanges {
  /// Contacts whose place changed.
  var contacts: [LiveContact] = []
  /// Their moves: the step each one reached, or that it left.
  var moves: [LiveMove] = []

  /// The changes from the saved `baseline` to the engine's `snapshot`. `stepExists` says
  /// whether a step id is in the version that ran, to tell a removed step's contacts.
  /// Contacts missing from the snapshot (gone from the data) keep their saved rows.
  init(
    from baseline: [String: LiveContact], to snapshot: EngineSnapshot,
    stepExists: (String) -> Bool
  ) {
    for contact in snapshot.contacts {
      let after = ContactRows.row(contact)
      let before = baseline[after.contactID]
      guard before != after else { continue }
      contacts.append(after)
      if let move = Self.move(before, after, stepExists) { moves.append(move) }
    }
  }

  /// The move from `before` to `after`, if the contact moved.
  private static func move(
    _ before: LiveContact?, _ after: LiveContact, _ stepExists: (String) -> Bool
  ) -> LiveMove? {
    let reentered = before?.entries != after.entries
    switch after.status {
    case .outside:
      return nil
    case .inside:
      let moved = reentered || before?.status != .inside || before?.stepID != after.stepID
        || before?.arrival != after.arrival
      guard moved else { return nil }
      return LiveMove(
        contactID: after.contactID, status: .inside, stepID: after.stepID, at: after.arrival)
    case .left:
      guard reentered || before?.status != .left else { return nil }
      let removed = !reentered && before?.status == .inside
        && !(before?.stepID.map(stepExists) ?? false)
      // TODO: only "step removed" is named: the engine does not say per contact whether it
      // completed or met the exit rules, so other departures carry no reason.
      // A contact that leaves may qualify again from the next second on.
      return LiveMove(
        contactID: after.contactID, status: .left, stepID: nil, at: after.qualifyFrom - 1,
        reason: removed ? "step removed" : nil)
    }
  }
}
