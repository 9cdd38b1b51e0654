import Foundation
import JourneyCLI

exit(JourneyTool.run(Array(CommandLine.arguments.dropFirst()), .standard))
