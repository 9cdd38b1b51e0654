/// Instants as short UTC text for the journeys list.
enum TimeText {
  /// "2026-12-03 16:05" (UTC), or "-" for the zero instant.
  static func minute(_ seconds: Int64) -> String {
    guard seconds != 0 else { return "-" }
    let (date, secondsOfDay) = split(seconds)
    let hour = secondsOfDay / 3600
    let minute = secondsOfDay / 60 % 60
    return "\(date) \(two(hour)):\(two(minute))"
  }

  /// "2026-12-03" (UTC), or "-" for the zero instant.
  static func day(_ seconds: Int64) -> String {
    seconds == 0 ? "-" : split(seconds).date
  }

  /// The civil date (proleptic Gregorian, days-from-civil inverse) and the seconds into it.
  private static func split(_ seconds: Int64) -> (date: String, secondsOfDay: Int) {
    let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    let secondsOfDay = Int(seconds - Int64(days) * 86_400)
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return ("\(year)-\(two(month))-\(two(day))", secondsOfDay)
  }

  private static func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
