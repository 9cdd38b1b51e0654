import JourneyModel
import TerminalKit

/// The path from Start to the selection, "where am I": step names (or summaries) and the
/// branch labels taken.
enum Breadcrumb {
  /// The parts of the path, first to last.
  static func parts(_ editor: EditorState) -> [String] {
    guard let tree = try? StepTree(editor.journey) else { return [] }
    let last: StepID
    var tail: [String] = []
    switch editor.selection {
    case .step(let id):
      last = id
    case .emptyPath(let parent, let label):
      last = parent
      if let step = editor.journey.step(parent), let name = StepSummary.label(label, of: step) {
        tail.append(name)
      }
      tail.append("(empty)")
    }

    var parts: [String] = []
    for id in tree.ancestry(of: last) {
      if let via = tree.parent(of: id), let parent = editor.journey.step(via.parent),
        let label = StepSummary.label(via.label, of: parent)
      {
        parts.append(label)
      }
      if let step = editor.journey.step(id) { parts.append(StepText.title(step)) }
    }
    return parts + tail
  }

  /// The breadcrumb as one line of at most `width` columns, cut from the left.
  static func text(_ editor: EditorState, width: Int, ascii: Bool) -> String {
    let separator = ascii ? " > " : " › "
    var parts = parts(editor)
    var text = parts.joined(separator: separator)
    while TextWidth.width(of: text) > width, parts.count > 1 {
      parts.removeFirst()
      text = "…" + separator + parts.joined(separator: separator)
    }
    return TextWidth.truncate(text, to: width)
  }
}
