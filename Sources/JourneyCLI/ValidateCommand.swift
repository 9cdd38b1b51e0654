import Foundation
import JourneyModel
import TextFormats

/// `journey validate PATH...`: checks journeys against the catalogue and the rules.
enum ValidateCommand: Command {
  static let name = "validate"
  static let summary = "check journeys and list their errors and warnings"
  static let help = """
    Usage: journey validate PATH... [--format text|json] [--strict]

    Checks each journey file (a folder means every journey in it, a workspace folder every
    journey in its journeys/ folder) against the hub catalogue and the validation rules.
    Text output prints one line per problem:
      PATH: STEP: error|warning CODE: message
    where STEP is "-" for problems of the whole journey, then a summary line.

    Options:
      --format text|json  output format (default text)
      --strict            warnings fail too

    Exit status: 0 no errors (and no warnings with --strict), 1 problems found,
    2 bad usage or a file that cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(words, command: name, options: ["--format"], flags: ["--strict"])
    let format = try arguments.choice("--format", ["text", "json"], default: "text", command: name)
    guard !arguments.positionals.isEmpty else {
      throw .usage("name at least one journey file or folder: journey validate PATH...")
    }

    var findings: [Finding] = []
    var unreadable = false
    let files = try JourneyInput.journeyFiles(arguments.positionals, context)
    for file in files {
      do {
        let loaded = try JourneyInput.load(file.path, context)
        let problems = Validator.validate(loaded.journey, hub: loaded.workspace.hub)
        findings += problems.map { Finding(path: file.path, problem: $0) }
      } catch {
        unreadable = true
        findings.append(Finding(path: file.path, unreadable: error.description))
      }
    }

    context.out(format == "json" ? json(findings) : text(findings, checked: files.count))
    if unreadable { return .usage }
    let failing = findings.contains { $0.severity == "error" || arguments.flag("--strict") }
    return failing ? .problems : .ok
  }

  /// One line of output: a problem of a journey, or a file that could not be read.
  struct Finding {
    var path: String
    var step: String
    var severity: String
    var code: String
    var field: String
    var message: String

    init(path: String, problem: Problem) {
      self.path = path
      self.step = problem.stepID ?? "-"
      self.severity = problem.severity.rawValue
      self.code = problem.code.rawValue
      self.field = problem.field
      self.message = problem.message
    }

    init(path: String, unreadable message: String) {
      self.path = path
      self.step = "-"
      self.severity = "error"
      self.code = "unreadable-file"
      self.field = ""
      self.message = message
    }
  }

  static func text(_ findings: [Finding], checked: Int) -> String {
    var output = ""
    for finding in findings {
      output += "\(finding.path): \(finding.step): \(finding.severity) \(finding.code): "
        + "\(finding.message)\n"
    }
    let errors = findings.filter { $0.severity == "error" }.count
    let warnings = findings.count - errors
    output += "checked \(plural(checked, "journey")): "
    if findings.isEmpty {
      output += "no problems found\n"
    } else {
      output += "\(plural(errors, "error")), \(plural(warnings, "warning"))\n"
    }
    return output
  }

  static func json(_ findings: [Finding]) -> String {
    let items = findings.map { finding in
      JSONNode(.object([
        JSONMember("file", JSONNode(.string(finding.path))),
        JSONMember(
          "step", finding.step == "-" ? JSONNode(.null) : JSONNode(.string(finding.step))),
        JSONMember("severity", JSONNode(.string(finding.severity))),
        JSONMember("code", JSONNode(.string(finding.code))),
        JSONMember(
          "field", finding.field.isEmpty ? JSONNode(.null) : JSONNode(.string(finding.field))),
        JSONMember("message", JSONNode(.string(finding.message))),
      ]))
    }
    return JSONWriter.text(of: .array(items))
  }
}

/// "1 error", "3 warnings".
func plural(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
