/// What stands between a journey and going live: blocking errors, and warnings that must be
/// acknowledged. Publish and Resume both pass it.
public struct PublishChecklist: Equatable, Sendable, CustomStringConvertible {
  /// Problems that stop Publish and Resume until fixed.
  public let errors: [Problem]
  /// Problems that are listed and must be acknowledged to proceed.
  public let warnings: [Problem]

  /// Sorts `problems` into errors and warnings, each in the order given.
  public init(problems: [Problem]) {
    errors = problems.filter(\.isError)
    warnings = problems.filter { !$0.isError }
  }

  /// The checklist of `journey` against the catalogue `hub`.
  public init(_ journey: Journey, hub: Hub) {
    self.init(problems: Validator.validate(journey, hub: hub))
  }

  /// How many errors and warnings.
  public var summary: ValidationSummary {
    ValidationSummary(errors: errors.count, warnings: warnings.count)
  }

  /// True when errors stop the journey from going live.
  public var isBlocked: Bool { !errors.isEmpty }

  /// True when only warnings remain, and going live needs them acknowledged.
  public var needsAcknowledgement: Bool { errors.isEmpty && !warnings.isEmpty }

  /// Whether the journey may go live, given whether the warnings are acknowledged.
  public func mayProceed(acceptingWarnings: Bool) -> Bool {
    errors.isEmpty && (warnings.isEmpty || acceptingWarnings)
  }

  /// One problem per line, errors first.
  public var description: String {
    (errors + warnings).map(\.description).joined(separator: "\n")
  }
}
