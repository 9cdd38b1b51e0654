/// The lifecycle state of a journey.
public enum JourneyStatus: String, CaseIterable, Equatable, Sendable {
  /// Being designed; never runs; everything can be edited.
  case draft
  /// Live: runs on its schedule; the published version is frozen.
  case active
  /// Stopped for a change: never runs; contacts stay on their step.
  case paused

  /// The name shown to marketers: "Draft", "Active", "Paused".
  public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
