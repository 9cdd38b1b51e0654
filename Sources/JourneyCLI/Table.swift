/// Plain text tables with columns padded to their widest cell.
enum Table {
  /// The rows as lines; the last column is not padded.
  static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    var output = ""
    for row in rows {
      var line = ""
      for (index, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        let isLast = index == row.count - 1
        if rightAligned.contains(index) {
          line += pad + cell
        } else {
          line += cell + (isLast ? "" : pad)
        }
        if !isLast { line += "  " }
      }
      output += line + "\n"
    }
    return output
  }
}
