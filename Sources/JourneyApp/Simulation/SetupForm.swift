import JourneySimulator
import TerminalKit

/// The simulation setup form: the data folder, the start and end, the schedule and what to
/// do with bad rows, then Start or Cancel.
struct SetupForm {
  /// A line of the form.
  enum Row: Int, CaseIterable {
    /// The data folder.
    case dataFolder
    /// The start.
    case from
    /// The end.
    case to
    /// The schedule.
    case schedule
    /// Skip bad rows or stop.
    case skipBadRows
    /// The Start button.
    case start
    /// The Cancel button.
    case cancel

    /// The label before the field.
    var label: String {
      switch self {
      case .dataFolder: return "Data folder"
      case .from: return "Start"
      case .to: return "End"
      case .schedule: return "Schedule"
      case .skipBadRows: return "Bad rows"
      case .start: return "Start"
      case .cancel: return "Cancel"
      }
    }
  }

  /// What a key did to the form.
  enum Outcome: Equatable {
    /// Start with the setup typed.
    case submit
    /// Close the form without starting.
    case cancel
  }

  /// The journey's name, for the title.
  let journeyName: String
  /// The journey's own schedule, for the schedule field's hint.
  let ownSchedule: String
  /// The data folder, start, end and schedule fields.
  private(set) var fields: [TextField]
  /// Whether bad rows are skipped.
  private(set) var skipBadRows: Bool
  /// The highlighted line.
  private(set) var row: Row = .dataFolder
  /// Why the last Start was refused, shown in the form.
  var error: String?

  /// A form showing `setup`; `dataSpan` is the first and last timestamp of the data read
  /// last, as text, when a simulation has read it.
  init(
    setup: SimulationSetup, journeyName: String, ownSchedule: String,
    dataSpan: (first: String, last: String)? = nil
  ) {
    self.journeyName = journeyName
    self.ownSchedule = ownSchedule
    let first = dataSpan.map { " (\($0.first))" } ?? ""
    let last = dataSpan.map { " (\($0.last))" } ?? ""
    fields = [
      TextField(setup.dataFolder, placeholder: "the workspace's data (as hub.json says)"),
      TextField(setup.from, placeholder: "the first timestamp in the data" + first),
      TextField(setup.to, placeholder: "the last timestamp in the data" + last),
      TextField(setup.schedule, placeholder: "its own: \(ownSchedule)"),
    ]
    skipBadRows = setup.skipBadRows
  }

  // TODO: the data folder is typed without completion, so a typo shows only on Start.
  /// The setup as typed.
  var setup: SimulationSetup {
    SimulationSetup(
      dataFolder: fields[0].text, from: fields[1].text, to: fields[2].text,
      schedule: fields[3].text, skipBadRows: skipBadRows)
  }

  /// The text field of `row`, for the four text lines.
  func field(_ row: Row) -> TextField? {
    fields.indices.contains(row.rawValue) ? fields[row.rawValue] : nil
  }

  /// Applies a key: up/down and Tab move between lines, Space flips the bad-rows choice,
  /// Enter starts (or cancels on Cancel), Esc cancels, other keys edit the text line.
  mutating func handle(_ key: Key) -> Outcome? {
    switch key {
    case .escape: return .cancel
    case .enter: return row == .cancel ? .cancel : .submit
    case .up, .backTab: move(by: -1)
    case .down, .tab: move(by: 1)
    case .character(" ") where row == .skipBadRows:
      skipBadRows.toggle()
    case .character(" ") where row == .start:
      return .submit
    case .character(" ") where row == .cancel:
      return .cancel
    default:
      guard fields.indices.contains(row.rawValue) else { return nil }
      _ = fields[row.rawValue].handle(key)
    }
    return nil
  }

  private mutating func move(by delta: Int) {
    let count = Row.allCases.count
    row = Row(rawValue: (row.rawValue + delta + count) % count) ?? .dataFolder
  }
}
