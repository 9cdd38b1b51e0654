/// Journey ids made from the names marketers type.
public enum JourneyID {
  /// "Welcome series (EU)" → "welcome-series-eu": lower case letters and digits, every run of
  /// other characters one "-"; empty when the name has no letter or digit.
  public static func slug(_ name: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingDash, !result.isEmpty { result += "-" }
        result.unicodeScalars.append(scalar)
        pendingDash = false
      } else {
        pendingDash = true
      }
    }
    return result
  }

  /// `base`, or `base-2`, `base-3`... whichever is not in `taken`.
  public static func unique(_ base: String, taken: Set<String>) -> String {
    guard taken.contains(base) else { return base }
    var number = 2
    while taken.contains("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }
}
