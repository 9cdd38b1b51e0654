/// Index arithmetic on input keys such as "entry.rules[2].where[0]".
enum KeyIndex {
  /// `key` with its last `[n]` changed to `[n + delta]`; nil when it has none.
  static func shift(_ key: String, by delta: Int) -> String? {
    guard let open = key.lastIndex(of: "["),
      let close = key[open...].firstIndex(of: "]"),
      let number = Int(key[key.index(after: open)..<close])
    else { return nil }
    return String(key[...open]) + "\(number + delta)" + String(key[close...])
  }
}
