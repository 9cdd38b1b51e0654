import Foundation

/// Generates `docs/KEYS.md` from the action table, so the docs list exactly the keys the
/// program has; a test fails when the committed file is stale.
public enum KeysDocument {
  /// The whole document.
  public static func markdown() -> String {
    var lines = [
      "# Keys",
      "",
      "Generated from the program's action table; do not edit by hand. Every action can be",
      "given other keys in `$XDG_CONFIG_HOME/journey/config.json` under `\"keys\"`, by the",
      "name in the first column (a list of key names, or `\"none\"` to unbind it).",
      "Press `?` in the program for the same list, the current pane's keys first.",
      "",
    ]
    for scope in ActionScope.allCases {
      let specs = ActionTable.specs.filter { $0.scope == scope }
      guard !specs.isEmpty else { continue }
      lines += ["## \(scope.title)", "", "| Action | Keys | What it does |", "|---|---|---|"]
      for spec in specs {
        let keys = spec.keys.map { "`\(escape($0.name))`" }.joined(separator: ", ")
        lines.append("| `\(spec.action.rawValue)` | \(keys) | \(escape(spec.fullHelp)) |")
      }
      lines.append("")
    }
    lines += [
      "## Prompts, dialogs and pickers",
      "",
      "In a prompt: Enter accepts, Esc cancels; at the `:` prompt Tab completes and up/down",
      "browse the history. In a dialog: left/right or Tab choose a button, Enter or Space",
      "presses it, its first letter presses it too, Esc cancels. In a picker: type to filter,",
      "up/down to move, Enter to choose, Esc to cancel.",
      "",
      "## Commands (`:`)",
      "",
      "`:w` save, `:q` quit (asks about unsaved changes), `:q!` quit without saving, `:wq`",
      "save and quit, `:publish`, `:pause`, `:resume`, `:validate`, `:theme NAME`, `:help`.",
      "",
    ]
    return lines.joined(separator: "\n")
  }

  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }
}
