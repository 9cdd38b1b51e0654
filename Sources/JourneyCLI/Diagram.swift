import JourneyModel

/// Mermaid and Graphviz renderings of a journey's steps.
enum Diagram {
  /// A node per step and an edge per connected path, in the file's step order.
  private struct Graph {
    var nodes: [(name: String, step: Step)] = []
    var edges: [(from: String, to: String, label: String?)] = []
    var empties: [(name: String, from: String, label: String?)] = []

    init(_ journey: Journey) {
      var names: [StepID: String] = [:]
      for (index, step) in journey.steps.enumerated() {
        names[step.id] = "n\(index)"
        nodes.append(("n\(index)", step))
      }
      for step in journey.steps {
        guard let from = names[step.id] else { continue }
        for path in step.paths {
          let label = StepSummary.label(path.label, of: step)
          if let target = path.target, let to = names[target] {
            edges.append((from, to, label))
          } else {
            empties.append(("e\(empties.count)", from, label))
          }
        }
      }
    }
  }

  /// A Mermaid flowchart.
  static func mermaid(_ journey: Journey) -> String {
    let graph = Graph(journey)
    var lines = ["flowchart TD"]
    for node in graph.nodes {
      let text = mermaidText(StepSummary.text(of: node.step))
      switch node.step.kind.type {
      case .start: lines.append("  \(node.name)([\"\(text)\"])")
      case .stop: lines.append("  \(node.name)((\"\(text)\"))")
      case .segment, .pauseUntil: lines.append("  \(node.name){\"\(text)\"}")
      default: lines.append("  \(node.name)[\"\(text)\"]")
      }
    }
    for empty in graph.empties {
      lines.append("  \(empty.name)[\"empty\"]")
      lines.append("  style \(empty.name) stroke-dasharray: 5 5")
    }
    for edge in graph.edges {
      lines.append("  \(edge.from) -->" + mermaidLabel(edge.label) + " \(edge.to)")
    }
    for empty in graph.empties {
      lines.append("  \(empty.from) -.->" + mermaidLabel(empty.label) + " \(empty.name)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func mermaidLabel(_ label: String?) -> String {
    label.map { "|\"\(mermaidText($0))\"|" } ?? ""
  }

  private static func mermaidText(_ text: String) -> String {
    text.replacingOccurrences(of: "\"", with: "#quot;")
  }

  /// A Graphviz dot graph.
  static func dot(_ journey: Journey) -> String {
    let graph = Graph(journey)
    var lines = [
      "digraph \"\(dotText(journey.id))\" {",
      "  rankdir=TB;",
      "  node [shape=box, style=rounded];",
    ]
    for node in graph.nodes {
      let shape: String
      switch node.step.kind.type {
      case .start: shape = "oval"
      case .stop: shape = "doublecircle"
      case .segment, .pauseUntil: shape = "diamond"
      default: shape = "box"
      }
      lines.append("  \(node.name) [label=\"\(dotText(StepSummary.text(of: node.step)))\", "
        + "shape=\(shape)];")
    }
    for empty in graph.empties {
      lines.append("  \(empty.name) [label=\"empty\", style=dashed];")
    }
    for edge in graph.edges {
      lines.append("  \(edge.from) -> \(edge.to)" + dotLabel(edge.label) + ";")
    }
    for empty in graph.empties {
      lines.append("  \(empty.from) -> \(empty.name)" + dotLabel(empty.label, dashed: true) + ";")
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func dotLabel(_ label: String?, dashed: Bool = false) -> String {
    var attributes: [String] = []
    if let label { attributes.append("label=\"\(dotText(label))\"") }
    if dashed { attributes.append("style=dashed") }
    return attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]"
  }

  private static func dotText(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}
