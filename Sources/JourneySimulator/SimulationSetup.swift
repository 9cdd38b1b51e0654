import Foundation
import JourneyModel
import TextFormats

/// What a simulation runs over besides the journey, as typed: the data folder, the span and
/// the schedule. Empty texts mean the defaults: the workspace's own data, the data's first
/// and last timestamps, and the journey's own schedule.
public struct SimulationSetup: Sendable, Equatable, Codable {
  /// The folder of the data files, relative to the workspace or absolute; empty for the
  /// workspace's own data sources.
  public var dataFolder: String
  /// The start (taken as the publish time); empty for the data's first timestamp.
  public var from: String
  /// The end; empty for the data's last timestamp.
  public var to: String
  /// A schedule to simulate instead of the journey's own, as a what-if; empty for its own.
  public var schedule: String
  /// Skips data rows that cannot be read (they are counted) instead of stopping.
  public var skipBadRows: Bool

  /// Creates a setup; every text defaults to empty.
  public init(
    dataFolder: String = "", from: String = "", to: String = "", schedule: String = "",
    skipBadRows: Bool = false
  ) {
    self.dataFolder = dataFolder
    self.from = from
    self.to = to
    self.schedule = schedule
    self.skipBadRows = skipBadRows
  }

  /// The data folder resolved against `workspace`, nil for the workspace's own data.
  public func dataFolderURL(workspace: URL) -> URL? {
    let folder = dataFolder.trimmingCharacters(in: .whitespaces)
    guard !folder.isEmpty else { return nil }
    if folder.hasPrefix("/") { return URL(fileURLWithPath: folder) }
    return workspace.appendingPathComponent(folder)
  }

  /// The schedule chosen instead of the journey's, nil for the journey's own.
  public func chosenSchedule() throws(SimulationSetupError) -> Schedule? {
    let text = schedule.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return nil }
    guard let parsed = Schedule(text: text) else { throw .badSchedule(text) }
    return parsed
  }

  /// Checks what can be checked before the data is read: the times and the schedule.
  public func check(zone: ZoneRules) throws(SimulationSetupError) {
    _ = try chosenSchedule()
    let from = try time(self.from, field: "start", endOfDay: false, zone: zone)
    let to = try time(self.to, field: "end", endOfDay: true, zone: zone)
    if let from, let to, from > to { throw .startAfterEnd }
  }

  /// The simulation options for data whose timestamps span `dataRange`, times without an
  /// offset read in `zone`.
  public func options(
    zone: ZoneRules, dataRange: ClosedRange<Int64>?
  ) throws(SimulationSetupError) -> SimulationOptions {
    let schedule = try chosenSchedule()
    let from = try time(self.from, field: "start", endOfDay: false, zone: zone)
      ?? dataRange?.lowerBound
    let to = try time(self.to, field: "end", endOfDay: true, zone: zone)
      ?? dataRange?.upperBound
    guard let from, let to else { throw .noTimestamps }
    guard from <= to else { throw .startAfterEnd }
    return SimulationOptions(from: from, to: to, schedule: schedule)
  }

  private func time(
    _ text: String, field: String, endOfDay: Bool, zone: ZoneRules
  ) throws(SimulationSetupError) -> Int64? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    guard let instant = SimulationTime.parse(trimmed, endOfDay: endOfDay, zone: zone) else {
      throw .badTime(field: field, text: trimmed)
    }
    return instant
  }
}

/// Why a simulation setup cannot be used.
public enum SimulationSetupError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A start or end that is not an ISO 8601 date or date-time.
  case badTime(field: String, text: String)
  /// A schedule that is not one of the schedule forms.
  case badSchedule(String)
  /// No start or end was given and the data has no timestamps to take them from.
  case noTimestamps
  /// The start comes after the end.
  case startAfterEnd

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .badTime(let field, let text):
      return "the \(field) needs an ISO 8601 date or date-time such as 2026-03-01 or "
        + "2026-03-01T09:00:00Z, not \"\(text)\""
    case .badSchedule(let text):
      return "the schedule must be \(Schedule.forms), not \"\(text)\""
    case .noTimestamps:
      return "the data has no timestamps: give a start and an end"
    case .startAfterEnd:
      return "the start must not be after the end"
    }
  }
}
