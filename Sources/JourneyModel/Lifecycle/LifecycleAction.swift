/// A change of lifecycle state a marketer asks for.
public enum LifecycleAction: String, CaseIterable, Equatable, Sendable {
  /// Draft to Active, through the publish checklist.
  case publish
  /// Active to Paused.
  case pause
  /// Paused to Active, through the publish checklist.
  case resume

  /// The state the journey must be in.
  public var from: JourneyStatus {
    switch self {
    case .publish: return .draft
    case .pause: return .active
    case .resume: return .paused
    }
  }

  /// The state the journey is in afterwards.
  public var to: JourneyStatus {
    switch self {
    case .publish, .resume: return .active
    case .pause: return .paused
    }
  }

  /// Whether the action passes the publish checklist and raises the version.
  public var publishes: Bool { self != .pause }

  /// "published", "paused", "resumed".
  public var pastParticiple: String {
    switch self {
    case .publish: return "published"
    case .pause: return "paused"
    case .resume: return "resumed"
    }
  }
}
