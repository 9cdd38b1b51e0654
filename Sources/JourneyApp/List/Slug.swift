/// Turns journey names into ids and file names.
enum Slug {
  /// "Welcome series (EU)" → "welcome-series-eu": lower case, every run of other characters
  /// one "-".
  static func make(_ title: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in title.lowercased().unicodeScalars {
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
  static func unique(_ base: String, taken: Set<String>) -> String {
    guard taken.contains(base) else { return base }
    var number = 2
    while taken.contains("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }
}
