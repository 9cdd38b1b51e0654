/// When an Active journey runs.
public enum Schedule: Equatable, Sendable, CustomStringConvertible {
  /// Only when run by hand (Run now, Full run).
  case manual
  /// Every N whole UTC hours (1 to 24), at hours whose count since 1970 divides by N.
  case everyHours(Int)
  /// Every day at a wall time in the journey's time zone.
  case daily(TimeOfDay)
  /// Every week on a weekday at a wall time in the journey's time zone.
  case weekly(Weekday, TimeOfDay)
  /// Every event, profile change, audience change and timer at its exact time.
  case realTime

  /// The text form used in files and on screen: "manual", "every 4 hours", "daily at 09:00",
  /// "weekly on monday at 09:00", "real-time".
  public var description: String {
    switch self {
    case .manual: return "manual"
    case .everyHours(1): return "every 1 hour"
    case .everyHours(let hours): return "every \(hours) hours"
    case .daily(let time): return "daily at \(time)"
    case .weekly(let day, let time): return "weekly on \(day.rawValue) at \(time)"
    case .realTime: return "real-time"
    }
  }

  /// Reads the text form; nil when it is not one of the forms above.
  public init?(text: String) {
    let words = text.lowercased().split(separator: " ").map(String.init)
    switch words.count {
    case 1 where words[0] == "manual": self = .manual
    case 1 where words[0] == "real-time" || words[0] == "realtime": self = .realTime
    case 3 where words[0] == "every" && (words[2] == "hours" || words[2] == "hour"):
      guard let hours = Int(words[1]), (1...24).contains(hours) else { return nil }
      self = .everyHours(hours)
    case 3 where words[0] == "daily" && words[1] == "at":
      guard let time = TimeOfDay(text: words[2]) else { return nil }
      self = .daily(time)
    case 5 where words[0] == "weekly" && words[1] == "on" && words[3] == "at":
      guard let day = Weekday(text: words[2]), let time = TimeOfDay(text: words[4]) else {
        return nil
      }
      self = .weekly(day, time)
    default:
      return nil
    }
  }

  /// The forms accepted by `init(text:)`, for error messages and help.
  public static let forms =
    "\"manual\", \"every N hours\" (1-24), \"daily at HH:MM\", \"weekly on DAY at HH:MM\" "
    + "or \"real-time\""
}
