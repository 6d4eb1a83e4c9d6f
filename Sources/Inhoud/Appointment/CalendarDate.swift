import Foundation

/// A day in the calendar, without time or zone: the date of an appointment. Parses the forms
/// people type in spreadsheets and prints the Dutch way ("3 december 2026").
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil (31 february, month 13, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1,
              day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses a date in one of the forms people type or a spreadsheet writes (see
    /// `CalendarDate.reading(_:)`, which also says whether a two-digit year was completed).
    public init?(parsing text: String) {
        guard let reading = try? Self.reading(text) else { return nil }
        self = reading.date
    }

    /// The day `instant` falls on in `timeZone` (Gregorian calendar), or nil outside 1900–2999.
    public init?(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Today in `timeZone`, local time by default: what a front-end dates a letter with. The
    /// layouts take dates as input and never read the clock themselves.
    public static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        guard let date = CalendarDate(Date(), in: timeZone) else {
            preconditionFailure("the system clock gives a date outside 1900–2999: \(Date())")
        }
        return date
    }

    /// The forms `init(parsing:)` accepts, for error messages.
    public static let acceptedForms = "3-12-2026, 3-12-26, 3/12/2026, 2026-12-03 or 3 december 2026"

    public static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                     "augustus", "september", "oktober", "november", "december"]

    /// "3 december 2026".
    public var dutch: String { "\(day) \(Self.dutchMonths[month - 1]) \(year)" }

    /// "2026-12-03", for file names that sort by date.
    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
