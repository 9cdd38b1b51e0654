import Foundation

/// The UTC offsets of one time zone, turning instants into wall times and back.
///
/// Instants are seconds since 1970-01-01T00:00:00Z. The zone's offset changes from 1900 to
/// 2100 are read once from Foundation (the system's tz database) and then binary-searched, so
/// a conversion costs well under a microsecond; times outside that span ask Foundation.
/// Immutable after creation, so one value can be shared by every thread.
public final class ZoneRules: Sendable, Hashable, CustomStringConvertible {
  /// The zone's name: an IANA identifier, "UTC", or a fixed offset such as "+02:00".
  public let identifier: String

  /// The offset in seconds when the zone never changes it, else nil.
  public let fixedOffset: Int64?

  private let table: ZoneTransitionTable?
  private let timeZone: TimeZone?

  /// Coordinated Universal Time.
  public static let utc = ZoneRules(fixedOffsetSeconds: 0)

  /// Reads the rules of an IANA zone such as "Europe/Paris"; "UTC", "Z" and "GMT" are UTC.
  public init(identifier: String) throws(ZoneError) {
    let name = identifier.trimmingCharacters(in: .whitespaces)
    if ["UTC", "Etc/UTC", "Z", "GMT", "Etc/GMT"].contains(name) {
      self.identifier = "UTC"
      fixedOffset = 0
      table = nil
      timeZone = nil
      return
    }

    guard !name.isEmpty, let zone = TimeZone(identifier: name) else {
      throw .unknownIdentifier(identifier)
    }

    let table = ZoneTransitionTable(zone: zone)
    self.identifier = name
    if table.isConstant {
      fixedOffset = table.initialOffset
      self.table = nil
      timeZone = nil
    } else {
      fixedOffset = nil
      self.table = table
      timeZone = zone
    }
  }

  /// A zone that is always `seconds` east of UTC; its identifier reads like "+05:30".
  public init(fixedOffsetSeconds seconds: Int64) {
    identifier = seconds == 0 ? "UTC" : ZoneRules.offsetText(seconds)
    fixedOffset = seconds
    table = nil
    timeZone = nil
  }

  /// The offset from UTC, in seconds east, in force at `instant`.
  public func offset(at instant: Int64) -> Int64 {
    if let fixedOffset { return fixedOffset }

    if let table, instant >= ZoneTransitionTable.firstInstant,
      instant < ZoneTransitionTable.endInstant
    {
      return table.offset(at: instant)
    }

    guard let timeZone else { return 0 }
    let date = Date(timeIntervalSince1970: Double(instant))
    return Int64(timeZone.secondsFromGMT(for: date))
  }

  /// The wall-clock date and time at `instant` in this zone.
  public func civil(at instant: Int64) -> CivilDateTime {
    CivilDateTime(wallSeconds: instant + offset(at: instant))
  }

  /// The instant at which clocks in this zone show `civil`.
  ///
  /// A wall time skipped when clocks go forward is moved forward by the gap (02:30 in a
  /// 02:00 to 03:00 gap is 03:30); a wall time that occurs twice when clocks go back means
  /// the first occurrence.
  public func instant(of civil: CivilDateTime) -> Int64 {
    instant(ofWallSeconds: civil.wallSeconds)
  }

  /// The instant for a wall time given as seconds since 1970-01-01T00:00:00 on the clock.
  public func instant(ofWallSeconds wall: Int64) -> Int64 {
    if let fixedOffset { return wall - fixedOffset }

    // TODO: assumes at most one offset change within a day either side of the wall time;
    // the rare historical zones with two changes in 48 hours may resolve such times wrongly.
    let before = offset(at: wall - 86_400)
    let after = offset(at: wall + 86_400)
    if before == after { return wall - before }

    let early = wall - before
    if offset(at: early) == before { return early }

    let late = wall - after
    if offset(at: late) == after { return late }

    return early
  }

  /// The offset used for every second of the local day starting at wall time `dayStart`,
  /// or nil when the offset changes during that day.
  func uniformOffset(forWallDayStarting dayStart: Int64) -> Int64? {
    if let fixedOffset { return fixedOffset }

    let start = instant(ofWallSeconds: dayStart)
    let last = instant(ofWallSeconds: dayStart + 86_399)
    let offset = offset(at: start)
    guard last - start == 86_399, offset == self.offset(at: last) else { return nil }

    return offset
  }

  /// An offset as ISO 8601 text: "+02:00", "-05:00", or "+00:09:21" with seconds.
  static func offsetText(_ seconds: Int64) -> String {
    let magnitude = Int(seconds.magnitude)
    var text = (seconds < 0 ? "-" : "+") + CivilDigits.two(magnitude / 3600) + ":"
      + CivilDigits.two(magnitude / 60 % 60)
    if magnitude % 60 != 0 { text += ":" + CivilDigits.two(magnitude % 60) }
    return text
  }

  /// Zones are equal when they have the same identifier.
  public static func == (lhs: ZoneRules, rhs: ZoneRules) -> Bool {
    lhs.identifier == rhs.identifier
  }

  /// Hashes the identifier.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(identifier)
  }

  /// The identifier.
  public var description: String { identifier }
}
