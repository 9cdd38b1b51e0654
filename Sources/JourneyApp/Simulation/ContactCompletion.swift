/// Completes contact ids typed at the follow prompt from the data's ids (sorted ascending,
/// compared byte by byte), by binary search, so a million ids complete at once.
struct ContactCompletion: Equatable {
  /// The most ids counted; beyond it the count reads "10,000 or more".
  static let countLimit = 10_000

  /// The text after completion: the longest prefix every match shares.
  let text: String
  /// How many ids start with the typed text (at most `countLimit`).
  let matches: Int
  /// The first few matches.
  let examples: [String]

  /// Completes `typed` among `ids`.
  init(_ typed: String, ids: [String]) {
    let first = ContactCompletion.lowerBound(typed, ids)
    var last = first
    while last < ids.count, last - first < ContactCompletion.countLimit,
      ids[last].utf8.starts(with: typed.utf8)
    {
      last += 1
    }
    matches = last - first
    examples = Array(ids[first..<min(last, first + 3)])
    guard matches > 0 else {
      text = typed
      return
    }
    let lastMatch = ContactCompletion.lastMatch(typed, ids, from: last - 1)
    text = ContactCompletion.commonPrefix(ids[first], ids[lastMatch])
  }

  /// The first index whose id is not before `text`.
  private static func lowerBound(_ text: String, _ ids: [String]) -> Int {
    var low = 0
    var high = ids.count
    while low < high {
      let middle = (low + high) / 2
      if ids[middle].utf8.lexicographicallyPrecedes(text.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }

  /// The index of the last id that starts with `text`, searching on from `index` (itself a
  /// match).
  private static func lastMatch(_ text: String, _ ids: [String], from index: Int) -> Int {
    var low = index
    var high = ids.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if ids[middle].utf8.starts(with: text.utf8) { low = middle } else { high = middle - 1 }
    }
    return low
  }

  private static func commonPrefix(_ first: String, _ second: String) -> String {
    var prefix = ""
    for (one, two) in zip(first, second) {
      guard one == two else { break }
      prefix.append(one)
    }
    return prefix
  }
}
