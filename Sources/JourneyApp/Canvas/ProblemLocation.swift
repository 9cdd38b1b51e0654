import JourneyModel

/// Reads the place a problem points at: which path of a step, or which input.
enum ProblemLocation {
  /// The path a field key names ("next", "groups[1].next", "other", "whenMet", "onTimeout"),
  /// so the empty path's row can carry the marker too.
  static func pathLabel(_ field: String) -> PathLabel? {
    switch field {
    case "other": return .other
    case "whenMet": return .met
    case "onTimeout": return .timeout
    default:
      guard field.hasPrefix("groups["), field.hasSuffix("].next") else { return nil }
      let digits = field.dropFirst("groups[".count).dropLast("].next".count)
      return Int(digits).map(PathLabel.group)
    }
  }

  /// True when a problem at `field` concerns the input at `key`: the same key, or a key
  /// inside it ("groups[0].values[1]" is inside "groups[0].values").
  static func field(_ field: String, isWithin key: String) -> Bool {
    guard !key.isEmpty else { return false }
    return field == key || field.hasPrefix(key + ".") || field.hasPrefix(key + "[")
  }
}
