import Foundation
import JourneyModel

/// `journey new NAME`: creates a draft journey file in the workspace.
enum NewCommand: Command {
  static let name = "new"
  static let summary = "create a draft journey with a Start and a Stop"
  static let help = """
    Usage: journey new NAME [--workspace DIR]

    Creates journeys/ID.json in the workspace (default: the one holding the current folder),
    where ID is NAME in lower case with every run of other characters turned into "-". The
    draft holds a Start step followed by a Stop; add entry rules and steps in the canvas or
    the file. An existing journey is never overwritten.

    Exit status: 0 created, 1 a journey with that id exists, 2 bad usage or not a workspace.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(words, command: name, options: ["--workspace"])
    let title = arguments.positionals.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard !title.isEmpty else { throw .usage("name the journey: journey new NAME") }
    let id = JourneyID.slug(title)
    guard !id.isEmpty else {
      throw .usage("the name \"\(title)\" has no letters or digits to make an id from")
    }

    let workspace = try JourneyInput.workspace(arguments.value("--workspace"), context)
    let url = workspace.journeyURL(id: id)
    guard !FileManager.default.fileExists(atPath: url.path) else {
      throw .refused(WorkspaceError.journeyExists(id).description)
    }
    let journey = Journey.draft(id: id, name: title, at: context.now())
    do {
      try workspace.save(journey, to: url)
    } catch {
      throw .input(error.description)
    }
    context.out("created \(Workspace.displayPath(url))\n")
    return .ok
  }
}
