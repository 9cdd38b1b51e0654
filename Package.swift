// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Journeys",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "journey", targets: ["journey"]),
  ],
  targets: [
    // Text formats the workspace files use: JSON with positions, CSV, JSON Lines.
    .target(name: "TextFormats"),

    // Journeys, the hub catalogue, conditions, time, the file format and validation.
    .target(name: "JourneyModel", dependencies: ["TextFormats"]),

    // The system SQLite library and the store built on it.
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .target(name: "JourneyStore", dependencies: ["JourneyModel", "TextFormats", "CSQLite"]),

    // Terminal UI toolkit (no curses) and the ncurses backend that shows its buffer.
    .target(name: "TerminalKit"),
    // No pkgConfig: ncursesw.pc carries -D flags that SwiftPM refuses with a warning; the
    // headers are in the default include path and shim.h sets NCURSES_WIDECHAR itself.
    .systemLibrary(name: "CNcursesw"),
    .target(name: "NcursesBackend", dependencies: ["TerminalKit", "CNcursesw"]),

    // One run of a journey at a time T, and the data it reads; the simulator on top of it.
    .target(name: "JourneyEngine", dependencies: ["JourneyModel", "TextFormats"]),
    .target(name: "JourneySimulator", dependencies: ["JourneyEngine"]),

    // Live operation: scheduled runs with saved state, locking and delivered activations.
    .target(
      name: "JourneyOperations",
      dependencies: ["JourneyEngine", "JourneyStore", "JourneyModel", "TextFormats"]),

    // The plain commands, and the thin executables.
    .target(
      name: "JourneyCLI",
      dependencies: [
        "JourneyModel", "JourneySimulator", "JourneyStore", "JourneyOperations", "TextFormats",
      ]),
    // The terminal application: screens, actions, editing, over TerminalKit.
    .target(
      name: "JourneyApp",
      dependencies: ["TerminalKit", "JourneyModel", "JourneyStore", "JourneySimulator"]),
    .executableTarget(
      name: "journey", dependencies: ["JourneyCLI", "JourneyApp", "NcursesBackend"]),
    .executableTarget(
      name: "journey-bench", dependencies: ["JourneySimulator", "JourneyModel"]),

    .testTarget(name: "TextFormatsTests", dependencies: ["TextFormats"]),
    .testTarget(name: "JourneyModelTests", dependencies: ["JourneyModel"]),
    .testTarget(name: "JourneyStoreTests", dependencies: ["JourneyStore"]),
    .testTarget(name: "JourneyEngineTests", dependencies: ["JourneyEngine"]),
    .testTarget(name: "JourneySimulatorTests", dependencies: ["JourneySimulator"]),
    .testTarget(name: "JourneyCLITests", dependencies: ["JourneyCLI"]),
    .testTarget(name: "JourneyOperationsTests", dependencies: ["JourneyOperations"]),
    .testTarget(
      name: "JourneyAppTests", dependencies: ["JourneyApp", "TerminalKit"], exclude: ["Snapshots"]),
    .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
    .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend"]),
  ]
)
