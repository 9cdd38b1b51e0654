/// Operations on sorted, disjoint, non-touching half-open intervals kept flat as
/// `[start0, end0, start1, end1, ...]`; `Int64.min` and `Int64.max` stand for "for ever".
enum IntervalOps {
  /// Appends `[start, end)` to `list`, merging it with the last interval when they touch.
  @inline(__always)
  static func append(_ start: Int64, _ end: Int64, to list: inout [Int64]) {
    guard start < end else { return }
    if let last = list.last, last >= start {
      list[list.count - 1] = max(last, end)
    } else {
      list.append(start)
      list.append(end)
    }
  }

  /// The moments in both lists.
  static func intersect(_ a: [Int64], _ b: [Int64], into out: inout [Int64]) {
    out.removeAll(keepingCapacity: true)
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      let start = max(a[i], b[j])
      let end = min(a[i + 1], b[j + 1])
      if start < end { append(start, end, to: &out) }
      if a[i + 1] < b[j + 1] { i += 2 } else { j += 2 }
    }
  }

  /// The moments in either list.
  static func union(_ a: [Int64], _ b: [Int64], into out: inout [Int64]) {
    out.removeAll(keepingCapacity: true)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j >= b.count || (i < a.count && a[i] <= b[j]) {
        append(a[i], a[i + 1], to: &out)
        i += 2
      } else {
        append(b[j], b[j + 1], to: &out)
        j += 2
      }
    }
  }

  /// The moments not in `list`.
  static func complement(_ list: [Int64], into out: inout [Int64]) {
    out.removeAll(keepingCapacity: true)
    var cursor = Int64.min
    var index = 0
    while index < list.count {
      append(cursor, list[index], to: &out)
      cursor = list[index + 1]
      index += 2
    }
    if cursor != Int64.max { append(cursor, Int64.max, to: &out) }
  }
}
