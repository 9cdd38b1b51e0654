/// A Segment step: sends each contact down the first group whose values contain its value of
/// one profile field, or down "other".
public struct SegmentStep: Equatable, Sendable {
  /// The profile field; nil while not chosen (a blocking error).
  public var field: String?
  /// The named groups, in order; the first that matches wins.
  public var groups: [SegmentGroup]
  /// Where contacts that match no group go.
  public var otherNext: StepID?

  /// Creates a segment.
  public init(field: String?, groups: [SegmentGroup], otherNext: StepID? = nil) {
    self.field = field
    self.groups = groups
    self.otherNext = otherNext
  }
}

/// One named branch of a Segment.
public struct SegmentGroup: Equatable, Sendable {
  /// Shown as the branch label; unique within the step.
  public var name: String
  /// The field values that send a contact down this branch.
  public var values: [String]
  /// The first step of the branch.
  public var next: StepID?

  /// Creates a group.
  public init(name: String, values: [String], next: StepID? = nil) {
    self.name = name
    self.values = values
    self.next = next
  }
}
