/// Everything one live run keeps, written in one transaction: its history row, the
/// journey's new standing, the contacts whose place changed, their moves, and the
/// activations to deliver.
public struct LiveRunCommit: Equatable, Sendable {
  /// The run's history row.
  public var record: RunRecord

  /// The journey's standing after the run.
  public var journey: LiveJourney

  /// Contacts whose place changed in the run.
  public var contacts: [LiveContact]

  /// The moves of those contacts; their run id is filled in when stored.
  public var moves: [LiveMove]

  /// The activations of the run, for the outbox.
  public var activations: [NewActivation]

  /// A run to keep.
  public init(
    record: RunRecord, journey: LiveJourney, contacts: [LiveContact], moves: [LiveMove],
    activations: [NewActivation]
  ) {
    self.record = record
    self.journey = journey
    self.contacts = contacts
    self.moves = moves
    self.activations = activations
  }
}
