/// How serious a validation problem is.
public enum ProblemSeverity: String, CaseIterable, Equatable, Hashable, Sendable {
  /// Blocks Publish and Resume until fixed.
  case error
  /// Listed at Publish and Resume; proceeding needs an acknowledgement.
  case warning
}
