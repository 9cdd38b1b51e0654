/// Keeps a selected row in view in a pane of fixed height.
enum Scrolling {
  /// The first row to show: `current`, moved just enough to show `selected` and to leave no
  /// blank rows below the last one.
  static func offset(current: Int, selected: Int, count: Int, height: Int) -> Int {
    guard height > 0, count > 0 else { return 0 }
    var first = min(current, max(count - height, 0))
    if selected < first {
      first = selected
    } else if selected >= first + height {
      first = selected - height + 1
    }
    return max(first, 0)
  }
}
