import Foundation

/// Writes the benchmark's contact data: profiles, about ten events per contact over 90 days,
/// and a few profile changes, from a seeded generator.
struct DataGenerator {
  /// How many contacts.
  let contacts: Int
  /// The generator's seed.
  let seed: UInt64

  private static let plans = ["free", "free", "free", "pro", "team"]
  private static let countries = ["FR", "DE", "US", "GB", "ES", "IT", "NL", "JP"]
  private static let zones = [
    "Europe/Paris", "Europe/Berlin", "America/New_York", "Europe/London", "Europe/Madrid",
    "Europe/Rome", "Europe/Amsterdam", "Asia/Tokyo",
  ]
  private static let pages = ["home", "pricing", "docs", "blog", "signup"]
  private static let categories = ["books", "music", "games", "tools"]

  /// Writes `data/profiles.csv`, `data/events.csv` and `data/profile_changes.csv` under
  /// `folder`; returns the number of events.
  func write(to folder: URL) throws -> Int {
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    var random = SplitMix(seed: seed)
    var profiles = ByteWriter(url: data.appendingPathComponent("profiles.csv"))
    var events = ByteWriter(url: data.appendingPathComponent("events.csv"))
    var changes = ByteWriter(url: data.appendingPathComponent("profile_changes.csv"))
    profiles.append("contact_id,plan,status,country,score,vip,tz\n")
    events.append("contact_id,event,timestamp,page,amount,category\n")
    changes.append("contact_id,timestamp,field,value\n")

    var eventCount = 0
    var times: [Int64] = []
    let span = Int64(BenchWorkspace.days * 86_400)
    for contact in 0..<contacts {
      let id = "c" + String(contact).leftPadded(to: 7)
      let country = random.below(DataGenerator.countries.count)
      profiles.append(id + "," + DataGenerator.plans[random.below(5)] + ",active,"
        + DataGenerator.countries[country] + "," + String(random.below(1000)) + ","
        + (random.below(10) == 0 ? "true" : "false") + "," + DataGenerator.zones[country] + "\n")

      times.removeAll(keepingCapacity: true)
      for _ in 0..<random.below(21) {
        times.append(BenchWorkspace.start + Int64(random.below(Int(span))))
      }
      times.sort()
      for time in times {
        writeEvent(id, time, &random, &events)
        eventCount += 1
      }
      if random.below(10) == 0 {
        let time = BenchWorkspace.start + Int64(random.below(Int(span)))
        let change = random.below(3)
        let (field, value) = change == 0 ? ("vip", "true")
          : change == 1 ? ("plan", "pro") : ("status", "unsubscribed")
        changes.append(id + "," + Stamp.text(time) + "," + field + "," + value + "\n")
      }
    }
    try profiles.close()
    try events.close()
    try changes.close()
    return eventCount
  }

  private func writeEvent(
    _ id: String, _ time: Int64, _ random: inout SplitMix, _ out: inout ByteWriter
  ) {
    let kind = random.below(1000)
    out.append(id)
    if kind < 760 {
      out.append(",visit," + Stamp.text(time) + ","
        + DataGenerator.pages[random.below(DataGenerator.pages.count)] + ",,\n")
    } else if kind < 997 {
      let cents = 100 + random.below(15_000)
      out.append(",purchase," + Stamp.text(time) + ",," + String(cents / 100) + "."
        + String(cents % 100).leftPadded(to: 2) + ","
        + DataGenerator.categories[random.below(DataGenerator.categories.count)] + "\n")
    } else {
      out.append(",unsubscribe," + Stamp.text(time) + ",,,\n")
    }
  }
}

/// Buffered writes of text to a file.
struct ByteWriter {
  private let handle: FileHandle?
  private var buffer: [UInt8] = []

  /// A writer replacing the file at `url`.
  init(url: URL) {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    handle = try? FileHandle(forWritingTo: url)
    buffer.reserveCapacity(1 << 20)
  }

  /// Appends `text`.
  mutating func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { flush() }
  }

  /// Writes what is buffered.
  private mutating func flush() {
    handle?.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes the rest and closes the file.
  mutating func close() throws {
    flush()
    try handle?.close()
  }
}

/// ISO 8601 UTC text of instants, fast.
enum Stamp {
  /// "2026-01-15T12:34:56Z".
  static func text(_ instant: Int64) -> String {
    let days = Int(instant / 86_400)
    let second = Int(instant % 86_400)
    let (year, month, day) = civil(days)
    return String(year) + "-" + String(month).leftPadded(to: 2) + "-"
      + String(day).leftPadded(to: 2) + "T" + String(second / 3600).leftPadded(to: 2) + ":"
      + String(second / 60 % 60).leftPadded(to: 2) + ":"
      + String(second % 60).leftPadded(to: 2) + "Z"
  }

  /// The civil date of a day count since 1970 (days after 1970 only).
  private static func civil(_ days: Int) -> (Int, Int, Int) {
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension String {
  /// The string with zeros in front up to `width` characters.
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
