/// How many errors and warnings a list of problems holds.
public struct ValidationSummary: Equatable, Sendable, CustomStringConvertible {
  /// Blocking errors.
  public var errors: Int
  /// Warnings.
  public var warnings: Int

  /// Counts `problems` by severity.
  public init(_ problems: [Problem]) {
    errors = problems.count { $0.isError }
    warnings = problems.count - errors
  }

  /// Creates a summary from counts.
  public init(errors: Int, warnings: Int) {
    self.errors = errors
    self.warnings = warnings
  }

  /// True when there is nothing to report.
  public var isClean: Bool { errors == 0 && warnings == 0 }

  /// "no problems", "1 error", "2 errors, 1 warning".
  public var description: String {
    if isClean { return "no problems" }
    var parts: [String] = []
    if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
    if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
    return parts.joined(separator: ", ")
  }
}
