import JourneyModel

/// Form rows of the processing schedule: its kind, then the hours, time or weekday it needs.
enum ScheduleForm {
  /// The schedule's rows.
  static func rows(_ form: inout FormBuilder, _ schedule: Schedule, _ lens: Lens<Schedule>) {
    let kinds = [
      Choice("manual", detail: "only when run by hand"),
      Choice("hours", label: "every N hours"),
      Choice("daily", label: "daily at a time"),
      Choice("weekly", label: "weekly on a day at a time"),
      Choice("real-time", detail: "every change at its exact time"),
    ]
    form.choice(
      "Schedule", schedule.description, key: "settings.schedule", title: "Schedule",
      choices: kinds, current: kind(schedule), lens
    ) { (choice: String, value: inout Schedule) throws(EditError) in
      guard choice != kind(value) else { return }
      value = defaultSchedule(choice, from: value)
    }

    form.nested { nested in
      switch schedule {
      case .everyHours(let hours):
        nested.text("Hours", "\(hours)", key: "settings.schedule", placeholder: "1-24", lens) {
          (text: String, value: inout Schedule) throws(EditError) in
          value = .everyHours(try FieldParsing.wholeNumber(text, field: "The hours"))
        }
      case .daily(let time):
        timeRow(&nested, time, lens) { value, newTime in value = .daily(newTime) }
      case .weekly(let day, let time):
        nested.choice(
          "On", day.title, key: "settings.schedule", title: "Weekday",
          choices: CatalogueChoices.weekdays, current: day.rawValue, lens
        ) { (text: String, value: inout Schedule) throws(EditError) in
          guard let chosen = Weekday(text: text), case .weekly(_, let at) = value else { return }
          value = .weekly(chosen, at)
        }
        timeRow(&nested, time, lens) { value, newTime in
          if case .weekly(let day, _) = value { value = .weekly(day, newTime) }
        }
      case .manual, .realTime:
        return
      }
    }
  }

  private static func timeRow(
    _ form: inout FormBuilder, _ time: TimeOfDay, _ lens: Lens<Schedule>,
    set: @escaping (inout Schedule, TimeOfDay) -> Void
  ) {
    form.text("At", time.description, key: "settings.schedule", placeholder: "HH:MM", lens) {
      (text: String, value: inout Schedule) throws(EditError) in
      guard let parsed = TimeOfDay(text: text) else { throw .notATime(text) }
      set(&value, parsed)
    }
  }

  private static func kind(_ schedule: Schedule) -> String {
    switch schedule {
    case .manual: return "manual"
    case .everyHours: return "hours"
    case .daily: return "daily"
    case .weekly: return "weekly"
    case .realTime: return "real-time"
    }
  }

  private static func defaultSchedule(_ kind: String, from old: Schedule) -> Schedule {
    let nine = TimeOfDay(hour: 9, minute: 0) ?? TimeOfDay(text: "09:00")
    var time = nine
    if case .daily(let at) = old { time = at }
    if case .weekly(_, let at) = old { time = at }
    switch kind {
    case "hours": return .everyHours(1)
    case "daily": return time.map(Schedule.daily) ?? old
    case "weekly": return time.map { Schedule.weekly(.monday, $0) } ?? old
    case "real-time": return .realTime
    default: return .manual
    }
  }
}
