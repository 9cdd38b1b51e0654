import JourneyModel

/// `journey show FILE`: the journey as an indented tree with branch labels.
enum ShowCommand: Command {
  static let name = "show"
  static let summary = "print a journey as a tree of steps"
  static let help = """
    Usage: journey show FILE [--ascii]

    Prints the journey's settings, entry and exit rules, then its steps as the same tree the
    canvas draws: one row per step with its configuration, branch labels on Segment groups
    and Pause Until paths, and "(empty)" where a path leads nowhere.

    Options:
      --ascii  draw the tree with ASCII characters

    Exit status: 0 shown, 2 the file cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(words, command: name, flags: ["--ascii"])
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("name one journey file: journey show FILE")
    }
    let loaded = try JourneyInput.load(path, context)
    context.out(render(loaded.journey, ascii: arguments.flag("--ascii")))
    return .ok
  }

  /// The full text of `journey show`.
  static func render(_ journey: Journey, ascii: Bool) -> String {
    let settings = journey.settings
    var lines = [
      "\(journey.name) (\(journey.id))",
      "Status: \(journey.status.title), version \(journey.version)",
      "Schedule: \(settings.schedule); time zone: \(settings.timeZone ?? "workspace default"); "
        + "enrollment: \(settings.enrollment.rawValue)",
      "Entry: " + StepSummary.entryText(journey.entry),
      "Exit: " + StepSummary.exitText(journey.exit),
      "Allow Journey Repeat: " + (journey.allowRepeat ? "yes" : "no"),
      "",
    ]
    lines += TreeText.lines(journey, ascii: ascii)
    return lines.joined(separator: "\n") + "\n"
  }
}
