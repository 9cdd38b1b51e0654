/// A wall-clock time of day, minute precision.
public struct TimeOfDay: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// Hour, 0 to 23.
  public var hour: Int
  /// Minute, 0 to 59.
  public var minute: Int

  /// Creates a time; nil when the hour or minute is out of range.
  public init?(hour: Int, minute: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
    self.hour = hour
    self.minute = minute
  }

  /// Reads "HH:MM" (or "H:MM").
  public init?(text: String) {
    let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let hour = Int(parts[0]), let minute = Int(parts[1])
    else { return nil }
    self.init(hour: hour, minute: minute)
  }

  /// Seconds after midnight.
  public var secondsOfDay: Int { hour * 3600 + minute * 60 }

  /// "09:05".
  public var description: String {
    (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }
}
