/// Zero-padded decimal text for the parts of dates, times and offsets.
enum CivilDigits {
  /// Two digits, such as "07".
  static func two(_ value: Int) -> String {
    value < 10 && value >= 0 ? "0" + String(value) : String(value)
  }

  /// A year with at least four digits and a minus sign before year 0, such as "0987".
  static func year(_ value: Int) -> String {
    let digits = String(value.magnitude)
    let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
  }
}
