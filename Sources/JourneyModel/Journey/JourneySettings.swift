/// Settings that apply to a whole journey.
public struct JourneySettings: Equatable, Sendable {
  /// IANA time zone name; nil uses the workspace's zone.
  public var timeZone: String?
  /// Which audience members or event history may enter after publish.
  public var enrollment: Enrollment
  /// When the journey runs.
  public var schedule: Schedule

  /// Creates settings; by default new contacts only, run every hour.
  public init(
    timeZone: String? = nil, enrollment: Enrollment = .newOnly,
    schedule: Schedule = .everyHours(1)
  ) {
    self.timeZone = timeZone
    self.enrollment = enrollment
    self.schedule = schedule
  }
}

/// Which contacts an Active journey admits.
public enum Enrollment: String, CaseIterable, Equatable, Sendable {
  /// Only contacts that join the audience, or whose events happen, from publish on.
  case newOnly = "new-only"
  /// Also contacts that already qualified before publish.
  case existingAndNew = "existing-and-new"
}
