import Foundation
import TerminalKit
import Testing

@testable import JourneyApp

@Suite struct ActionTableTests {
  @Test func everyActionHasExactlyOneRow() {
    let actions = ActionTable.specs.map(\.action)
    #expect(actions.count == Action.allCases.count)
    #expect(Set(actions) == Set(Action.allCases))
  }

  @Test func noKeyMeansTwoThingsInOneScope() {
    for scope in ActionScope.allCases {
      var seen: [Key: Action] = [:]
      for spec in ActionTable.specs where spec.scope == scope {
        for key in spec.keys {
          let other = seen[key].map(\.rawValue) ?? ""
          #expect(
            seen[key] == nil,
            "\(key.name) is bound to \(other) and \(spec.action.rawValue) in \(scope.rawValue)")
          seen[key] = spec.action
        }
      }
    }
  }

  @Test func paneKeysComeBeforeEditorAndGlobalKeys() {
    let bindings = KeyBindings()
    #expect(bindings.action(for: .character("q"), in: [.list, .global]) == .quit)
    #expect(
      bindings.action(for: .character("q"), in: [.canvas, .editor, .global])
        == .closeJourney)
    #expect(bindings.action(for: .character("d"), in: [.canvas, .editor, .global]) == .deleteStep)
    #expect(
      bindings.action(for: .character("d"), in: [.inspector, .editor, .global])
        == .removeItem)
    #expect(bindings.action(for: .character("d"), in: [.list, .global]) == .deleteJourney)
    #expect(bindings.action(for: .enter, in: [.problems, .editor, .global]) == .goToProblem)
    #expect(bindings.action(for: .character("z"), in: [.list, .global]) == nil)
  }

  @Test func remapsReplaceAndUnbindKeys() {
    let bindings = KeyBindings(remaps: [.moveDown: [.character("n")], .publish: []])
    #expect(bindings.keys(for: .moveDown) == [.character("n")])
    #expect(bindings.action(for: .character("j"), in: [.list, .global]) == nil)
    #expect(bindings.action(for: .character("n"), in: [.list, .global]) == .moveDown)
    #expect(bindings.action(for: .character("P"), in: [.canvas, .editor, .global]) == nil)
    #expect(bindings.keyText(for: .moveUp) == "up, k")
  }

  @Test func keysDocumentIsUpToDate() throws {
    let url = SampleWorkspace.samples.deletingLastPathComponent()
      .appendingPathComponent("docs/KEYS.md")
    let generated = KeysDocument.markdown()
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try generated.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("rewrote docs/KEYS.md: check it, then run without RECORD_SNAPSHOTS")
      return
    }
    let committed = try String(contentsOf: url, encoding: .utf8)
    #expect(
      committed == generated,
      "docs/KEYS.md is stale: run the tests with RECORD_SNAPSHOTS=1 to regenerate it")
  }

  @Test func keysDocumentListsEveryActionWithItsKeys() {
    let text = KeysDocument.markdown()
    for action in Action.allCases {
      #expect(text.contains("| `\(action.rawValue)` |"), "\(action.rawValue) is missing")
    }
    #expect(
      text.contains(
        "| `delete-step` | `d`, `delete` | Delete the selected step and the "
          + "steps after it. Asks first. |"))
    #expect(text.contains("| `save` | `ctrl-s` | Save the journey file (also :w). |"))
  }
}
