import Foundation
import LLM

extension MockCatalog {
    static let time: [MockFamily] = [
        MockFamily(
            "current_time",
            "Current date and time in a place",
            keywords: "time:1 clock:1 current+time:1.3 now:.6 date:.5",
            hints: "timezone location city",
            tool: "get_current_time(timezone*: string)",
            result: .custom(numbersObject(["utc_offset_hours"], strings: ["timezone", "datetime", "day_of_week"])) {
                context in
                let zone = timeZone(context)
                let local = referenceInstant(offsetHours: zone.offset)
                return .object([
                    "timezone": .string(zone.name), "datetime": .string(local.iso),
                    "day_of_week": .string(local.weekday),
                    "utc_offset_hours": .number(Double(zone.offset)),
                ])
            }
        ),
        MockFamily(
            "timezone_conversion",
            "Convert a time between time zones",
            keywords: "timezone:1.2 time+zone:1.2 convert+time:1.3 utc:.8",
            hints: "time from_timezone to_timezone",
            tool: "convert_timezone(time*: string, from_timezone*: string, to_timezone*: string)",
            result: .custom(
                numbersObject(
                    ["offset_difference_hours"],
                    strings: ["original_time", "converted_time", "from_timezone", "to_timezone"]
                )
            ) {
                context in
                let from = offset(
                    for: context.string(["from_timezone", "from_tz", "source_timezone", "from"]) ?? "UTC"
                )
                let to = offset(for: context.string(["to_timezone", "to_tz", "target_timezone", "to"]) ?? "UTC")
                let original = context.string(["time", "datetime", "timestamp"]) ?? "12:00"
                let parts = original.split(separator: "T").last.map(String.init) ?? original
                let clock = parts.split(separator: ":").compactMap { Int($0.prefix(2)) }
                let hour = clock.first ?? 12
                let minute = clock.count > 1 ? clock[1] : 0
                let converted = ((hour + to - from) % 24 + 24) % 24
                return .object([
                    "original_time": .string(original),
                    "converted_time": .string(String(format: "%02d:%02d", converted, minute)),
                    "from_timezone": .string(
                        context.string(["from_timezone", "from_tz", "source_timezone", "from"]) ?? "UTC"
                    ),
                    "to_timezone": .string(context.string(["to_timezone", "to_tz", "target_timezone", "to"]) ?? "UTC"),
                    "offset_difference_hours": .number(Double(to - from)),
                ])
            }
        ),
        MockFamily(
            "holidays",
            "Public holidays",
            keywords: "holiday:1.3 bank+holiday:1.4 observance:1",
            hints: "country year",
            tool: "get_public_holidays(country*: string, year*: integer)",
            result: object([
                "country": .echo(["country", "country_code"], .country),
                "holidays": .list(
                    object([
                        "date": .date(-160...190),
                        "name": .choice(["New Year's Day", "Labour Day", "National Day", "Christmas Day"]),
                    ]),
                    3...6
                ),
            ])
        ),
        MockFamily(
            "calendar_events",
            "Calendar events and meetings",
            keywords: "calendar:1.2 event:.8 meeting:1.1 appointment:1.1 schedule:1",
            hints: "title start_time end_time attendees date",
            tool: "create_calendar_event(title*: string, start_time*: string, end_time: string, attendees: [string])",
            result: object([
                "event_id": .id("evt_"),
                "title": .echo(["title", "summary", "name", "subject"], .text(["{word} sync"])),
                "start_time": .echo(["start_time", "start", "date", "datetime"], .dateTime(1...14)),
                "end_time": .echo(["end_time", "end"], .dateTime(1...14)), "status": .constant(.string("confirmed")),
                "attendees": .echo(["attendees", "participants", "invitees"], .list(.email, 0...3)),
            ])
        ),
        MockFamily(
            "reminders",
            "Reminders and alarms",
            keywords: "reminder:1.3 remind:1.3 alarm:1.2",
            hints: "message time",
            tool: "set_reminder(message*: string, time*: string)",
            result: object([
                "reminder_id": .id("rem_"), "message": .echo(["message", "text", "title", "note"], .text(["{word}"])),
                "time": .echo(["time", "datetime", "when", "remind_at"], .dateTime(0...3)),
                "status": .constant(.string("scheduled")),
            ])
        ),
        MockFamily(
            "tasks",
            "To-do lists and tasks",
            keywords: "todo:1.3 task:1.1 to+do:1.3 checklist:1",
            hints: "title due_date priority",
            tool: "create_task(title*: string, due_date: string, priority: string)",
            result: object([
                "task_id": .id("task_"), "title": .echo(["title", "task", "name", "description"], .text(["{word}"])),
                "due_date": .echo(["due_date", "due"], .date(1...14)),
                "priority": .echo(["priority"], .choice(["low", "medium", "high"])),
                "completed": .constant(.bool(false)),
            ])
        ),
        MockFamily(
            "timer",
            "Timers and countdowns",
            keywords: "timer:1.3 countdown:1.3 stopwatch:1.2",
            hints: "duration seconds minutes",
            tool: "start_timer(duration_minutes*: number, label: string)",
            result: object([
                "timer_id": .id("tmr_"), "duration_seconds": .int(60...7200),
                "label": .echo(["label", "name"], .text(["{word}"])),
                "status": .constant(.string("running")),
            ])
        ),
    ]

    static func timeZone(_ context: MockContext) -> (name: String, offset: Int) {
        if let named = context.string(["timezone", "time_zone", "tz", "zone"]) { return (named, offset(for: named)) }
        let city = context.city()
        return (city.timeZone, city.utcOffset)
    }

    /// The UTC offset of a zone name, abbreviation, `UTC+3` form or city, in whole hours.
    static func offset(for name: String) -> Int {
        let upper = name.uppercased()
        let abbreviations = [
            "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "PST": -8, "PDT": -7, "CET": 1, "CEST": 2, "JST": 9,
            "IST": 5,
        ]
        if let known = abbreviations[upper] { return known }
        if upper.hasPrefix("UTC") || upper.hasPrefix("GMT"), let number = Int(upper.dropFirst(3).prefix { $0 != ":" }) {
            return number
        }
        if let zone = TimeZone(identifier: name) { return zone.secondsFromGMT(for: referenceDate) / 3600 }
        if let city = MockData.cities.first(where: { name.localizedCaseInsensitiveContains($0.name) }) {
            return city.utcOffset
        }
        return 0
    }

    static let referenceDate = Date(timeIntervalSince1970: 1_750_084_200)  // 2025-06-16T14:30:00Z

    static func referenceInstant(offsetHours: Int) -> (iso: String, weekday: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetHours * 3600) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: referenceDate)
        let sign = offsetHours < 0 ? "-" : "+"
        let iso =
            String(
                format: "%04d-%02d-%02dT%02d:%02d:00",
                parts.year ?? 2025,
                parts.month ?? 6,
                parts.day ?? 16,
                parts.hour ?? 14,
                parts.minute ?? 30
            ) + sign + String(format: "%02d:00", abs(offsetHours))
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return (iso, weekdays[((parts.weekday ?? 2) - 1) % 7])
    }
}
