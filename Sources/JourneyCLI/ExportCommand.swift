import JourneyModel

/// `journey export FILE --format mermaid|dot`: a diagram of the journey.
enum ExportCommand: Command {
  static let name = "export"
  static let summary = "print a journey as a Mermaid or Graphviz diagram"
  static let help = """
    Usage: journey export FILE --format mermaid|dot

    Prints the journey's steps as a diagram to paste into documentation: a Mermaid flowchart
    (renders in Markdown on most code hosts and wikis) or a Graphviz dot graph. Branches carry
    their labels; empty branches are drawn as dashed "empty" nodes.

    Exit status: 0 printed, 2 bad usage or the file cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(words, command: name, options: ["--format"])
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("name one journey file: journey export FILE --format mermaid|dot")
    }
    guard arguments.value("--format") != nil else {
      throw .usage("choose a diagram format: --format mermaid or --format dot")
    }
    let format = try arguments.choice(
      "--format", ["mermaid", "dot"], default: "mermaid", command: name)
    let journey = try JourneyInput.load(path, context).journey
    context.out(format == "dot" ? Diagram.dot(journey) : Diagram.mermaid(journey))
    return .ok
  }
}
