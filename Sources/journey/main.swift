import Foundation
import JourneyApp
import JourneyCLI
import NcursesBackend
import TerminalKit

/// Prints `message` on standard error (the screen is not up) and exits with 2.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("journey: \(message)\n".utf8))
  exit(2)
}

let words = Array(CommandLine.arguments.dropFirst())
if words.first == "--version" {
  let log = FileLogger.defaultURL(environment: ProcessInfo.processInfo.environment).path
  print("journey \(JourneyTool.version)\nlog file (with --debug or JOURNEY_LOG): \(log)")
  exit(0)
}
let commandWords = Set(
  JourneyTool.commands.map { $0.name } + ["--help", "-h", "help", "--version"])
if let first = words.first, commandWords.contains(first) {
  exit(JourneyTool.run(words, .standard))
}

if let first = words.first, !first.hasPrefix("-"), !first.contains("/"), !first.contains("."),
  !FileManager.default.fileExists(atPath: first)
{
  fail("\"\(first)\" is neither a command nor a folder: run `journey --help` for the commands")
}

let environment = ProcessInfo.processInfo.environment
let options: LaunchOptions
let target: LaunchTarget
do {
  options = try LaunchOptions.parse(words)
  let currentDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  target = try LaunchTarget.resolve(options.path, currentDirectory: currentDirectory)
} catch {
  fail(error.description)
}

let configFolder = UserConfig.folder(environment: environment)
let (config, configProblems) = UserConfig.load(configFolder.appendingPathComponent("config.json"))
let themesFolder = configFolder.appendingPathComponent("themes")
let themeName = options.theme ?? config.theme ?? "default"
let (theme, themeError) = Theme.resolve(themeName, themesDirectory: themesFolder)

var logger: any AppLogger = NullLogger()
if options.debug || environment["JOURNEY_LOG"] != nil {
  let level = environment["JOURNEY_LOG_LEVEL"].flatMap(LogLevel.init(name:)) ?? .debug
  let url = FileLogger.defaultURL(environment: environment)
  guard let file = FileLogger(url: url, level: level) else {
    fail("cannot write the log \(url.path): check the folder's permissions")
  }
  logger = file
}

let mouse = options.mouse || (config.mouse ?? false)
let terminal = NcursesTerminal(options: NcursesOptions(theme: theme, enableMouse: mouse))
let settings = AppSettings(
  ascii: options.ascii || (config.ascii ?? false), mouse: mouse,
  themeName: themeError == nil ? theme.name : "default", keyRemaps: config.keys,
  startupWarnings: configProblems.map(\.description) + (themeError.map { ["\($0)"] } ?? []))
let appEnvironment = AppEnvironment(
  workspace: target.workspace, themesDirectory: themesFolder,
  applyTheme: { terminal.setTheme($0) }, logger: logger)
let app = App(environment: appEnvironment, size: terminal.size, settings: settings)
if let journey = target.journey { app.openJourney(at: journey) }

do {
  try AppRunner.run(app, on: terminal)
} catch {
  fail(error.description)
}
exit(0)
