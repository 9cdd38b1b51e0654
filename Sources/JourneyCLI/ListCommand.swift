import Foundation
import JourneyModel

/// `journey list [WORKSPACE]`: a table of the workspace's journeys.
enum ListCommand: Command {
  static let name = "list"
  static let summary = "list the journeys of a workspace with status, mode and problems"
  static let help = """
    Usage: journey list [WORKSPACE]

    Lists every journey of the workspace (default: the one holding the current folder) with
    its name, status, mode (the processing schedule), when it was last updated (UTC), and its
    count of validation errors and warnings. A file that cannot be read is listed with the
    reason.

    Exit status: 0 listed, 2 not a workspace.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(words, command: name)
    guard arguments.positionals.count <= 1 else {
      throw .usage("name at most one workspace: journey list [WORKSPACE]")
    }
    let workspace = try JourneyInput.workspace(arguments.positionals.first, context)

    var rows: [[String]] = [["ID", "NAME", "STATUS", "MODE", "UPDATED", "PROBLEMS"]]
    let files: [URL]
    do {
      files = try workspace.journeyFiles()
    } catch {
      throw .input(error.description)
    }
    for url in files {
      let id = url.deletingPathExtension().lastPathComponent
      do {
        let journey = try Workspace.loadJourney(at: url)
        let problems = Validator.validate(journey, hub: workspace.hub)
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        rows.append([
          journey.id, journey.name, journey.status.title, journey.settings.schedule.description,
          TimeText.minute(journey.updatedAt),
          problems.isEmpty ? "ok" : "\(plural(errors, "error")), \(plural(warnings, "warning"))",
        ])
      } catch {
        rows.append([id, "(unreadable)", "-", "-", "-", "unreadable: see journey validate"])
      }
    }
    if rows.count == 1 {
      context.out("no journeys yet: create one with `journey new NAME`\n")
      return .ok
    }
    context.out(Table.render(rows))
    return .ok
  }
}
