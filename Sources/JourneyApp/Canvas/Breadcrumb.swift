import JourneyModel
import TerminalKit

/// The path from Start to the selection, "where am I": step names (or summaries) and the
/// branch labels taken.
enum Breadcrumb {
  /// The breadcrumb as one line of at most `width` columns; when the path is too long, its
  /// start is replaced by "…".
  ///
  /// The path is walked up from the selection and stops once the line is full, so a deep
  /// step of a long journey costs only what is shown.
  static func text(_ editor: EditorState, width: Int, ascii: Bool) -> String {
    guard let tree = try? StepTree(editor.journey) else { return "" }
    let separator = ascii ? " > " : " › "
    var reversed: [String] = []
    var used = 0
    var cut = false
    let push = { (part: String) -> Bool in
      let extra = TextWidth.width(of: part) + (reversed.isEmpty ? 0 : separator.count)
      guard used + extra <= width || reversed.isEmpty else { return false }
      reversed.append(part)
      used += extra
      return true
    }

    var current: StepID
    switch editor.selection {
    case .step(let id):
      current = id
    case .emptyPath(let parent, let label):
      current = parent
      _ = push("(empty)")
      if let step = tree.step(parent), let name = StepSummary.label(label, of: step) {
        _ = push(name)
      }
    }
    while !cut {
      guard let step = tree.step(current), push(StepText.title(step)) else {
        cut = true
        break
      }
      guard let via = tree.parent(of: current) else { break }
      if let parent = tree.step(via.parent), let label = StepSummary.label(via.label, of: parent) {
        guard push(label) else {
          cut = true
          break
        }
      }
      current = via.parent
    }

    var parts = Array(reversed.reversed())
    if cut {
      while parts.count > 1,
        TextWidth.width(of: (["…"] + parts).joined(separator: separator)) > width
      {
        parts.removeFirst()
      }
      parts.insert("…", at: 0)
    }
    return TextWidth.truncate(parts.joined(separator: separator), to: width)
  }
}
