/// Counts as marketers read them: "12,345".
enum CountText {
  /// `value` with thousands separators.
  static func number(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (value < 0 ? "-" : "") + text
  }

  /// A change with its sign: "+12", "-3", "0".
  static func change(_ value: Int) -> String {
    value > 0 ? "+" + number(value) : number(value)
  }
}
