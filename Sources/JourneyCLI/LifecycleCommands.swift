import JourneyModel

/// `journey publish FILE`: Draft → Active through the publish checklist.
enum PublishCommand: Command {
  static let name = "publish"
  static let summary = "make a Draft journey Active, through the publish checklist"
  static let help = """
    Usage: journey publish FILE [--accept-warnings]

    Runs the publish checklist: blocking errors refuse the publish; warnings are listed and
    refuse it too unless acknowledged with --accept-warnings. On success the journey becomes
    Active, its version goes up by one, the file is saved, and a copy of the published version
    is kept as .journey/versions/ID/vN.json so run history can say which version ran.

    Exit status: 0 published, 1 refused (errors, unacknowledged warnings, or not a Draft),
    2 bad usage or the file cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    try LifecycleStep.run(words, context, command: name, acceptsWarnings: true) {
      loaded, accept, now throws(LifecycleError) in
      try Lifecycle.publish(
        loaded.journey, hub: loaded.workspace.hub, acceptWarnings: accept, at: now)
    }
  }
}

/// `journey pause FILE`: Active → Paused.
enum PauseCommand: Command {
  static let name = "pause"
  static let summary = "pause an Active journey so it can be changed"
  static let help = """
    Usage: journey pause FILE

    Active → Paused. A paused journey does not run; its contacts stay on their step, and
    timers that expire meanwhile are handled at the first run after Resume. Steps and rules
    can be edited while paused; the changes go live on Resume.

    Exit status: 0 paused, 1 refused (not Active), 2 bad usage or the file cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    try LifecycleStep.run(words, context, command: name, acceptsWarnings: false) {
      loaded, _, now throws(LifecycleError) in
      try Lifecycle.pause(loaded.journey, at: now)
    }
  }
}

/// `journey resume FILE`: Paused → Active through the publish checklist.
enum ResumeCommand: Command {
  static let name = "resume"
  static let summary = "make a Paused journey Active again, through the publish checklist"
  static let help = """
    Usage: journey resume FILE [--accept-warnings]

    Paused → Active, through the same checklist as publish; the version goes up by one and
    its copy is kept under .journey/versions/. Contacts keep their step; a contact whose step
    was removed leaves the journey with reason "step removed".

    Exit status: 0 resumed, 1 refused, 2 bad usage or the file cannot be read.

    """

  static func run(_ words: [String], _ context: CommandContext) throws(CLIError) -> ExitCode {
    try LifecycleStep.run(words, context, command: name, acceptsWarnings: true) {
      loaded, accept, now throws(LifecycleError) in
      try Lifecycle.resume(
        loaded.journey, hub: loaded.workspace.hub, acceptWarnings: accept, at: now)
    }
  }
}

/// The shared shape of the lifecycle commands: read, transition, save, archive, report.
enum LifecycleStep {
  static func run(
    _ words: [String], _ context: CommandContext, command: String, acceptsWarnings: Bool,
    _ transition: (JourneyInput.Loaded, Bool, Int64) throws(LifecycleError) -> Journey
  ) throws(CLIError) -> ExitCode {
    let flags: Set<String> = acceptsWarnings ? ["--accept-warnings"] : []
    let arguments = try Arguments(words, command: command, flags: flags)
    guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
      throw .usage("name one journey file: journey \(command) FILE")
    }
    let loaded = try JourneyInput.load(path, context)

    let changed: Journey
    do {
      changed = try transition(loaded, arguments.flag("--accept-warnings"), context.now())
    } catch {
      if case .warningsNotAccepted = error {
        throw .refused(error.description + "\nrun again with --accept-warnings to accept them")
      }
      throw .refused(error.description)
    }
    if changed.status == .active {
      do {
        try loaded.workspace.archive(changed)
      } catch {
        throw .refused(error.description)
      }
    }
    try JourneyInput.save(loaded, changed)
    context.out("\(changed.name): \(loaded.journey.status.title) → \(changed.status.title), "
      + "version \(changed.version)\n")
    return .ok
  }
}
