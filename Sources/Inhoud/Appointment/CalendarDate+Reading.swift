import Foundation

/// A date as read from text: the date, and whether its year was written with two digits and
/// completed (`3-12-26` → 2026), which a front-end may want to mention when the result lies in the past.
public struct DateReading: Sendable, Hashable {
    public let date: CalendarDate
    /// The text had a two-digit year: 00–69 were read as 2000–2069, 70–99 as 1970–1999.
    public let yearWasCompleted: Bool
}

/// Why a text is not a date.
public enum DateReadingError: Error, Sendable, Hashable {
    /// Not one of the accepted forms, or no such day (31 February).
    case notADate
    /// A valid date preceded by a weekday it does not fall on ("vrijdag 3 december 2026"):
    /// one of the two is a typing error, and guessing which would print the wrong day.
    case wrongWeekday(written: String, date: CalendarDate)
}

extension CalendarDate {
    /// Reads a date as offices write it, in a spreadsheet cell, a CSV export or a web form:
    /// - numbers: `3-12-2026`, `03-12-2026`, `3-12-26` (Excel's Dutch short date), `3/12/2026`,
    ///   `3.12.2026`, and ISO `2026-12-03`;
    /// - written out, in Dutch (or English, as an English Excel writes `3-Dec-26`): `3 december 2026`,
    ///   `3 dec 2026`, `3 dec. 2026`, `3-dec-26`, with or without a weekday in front (`do 3 december
    ///   2026`, `donderdag, 3 december 2026`), which must then be the date's own.
    public static func reading(_ text: String) throws(DateReadingError) -> DateReading {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let numeric = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { "-/.".contains($0) })
        if numeric.count == 3, numeric.allSatisfy({ part in !part.isEmpty && part.allSatisfy(\.isASCIIDigit) }) {
            return try readNumeric(numeric.map(String.init))
        }
        return try readWritten(trimmed)
    }

    private static func readNumeric(_ parts: [String]) throws(DateReadingError) -> DateReading {
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { throw .notADate }
        let date: CalendarDate?
        var completed = false
        if parts[0].count == 4 {
            date = CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 {
            date = CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
        } else if parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 {
            date = CalendarDate(year: completedYear(numbers[2]), month: numbers[1], day: numbers[0])
            completed = true
        } else {
            date = nil
        }
        guard let date else { throw .notADate }
        return DateReading(date: date, yearWasCompleted: completed)
    }

    /// `[weekday] day month year`, the parts separated by spaces, commas or hyphens; a part may end
    /// in a full stop (`dec.`, `do.`).
    private static func readWritten(_ text: String) throws(DateReadingError) -> DateReading {
        var words = text.lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "-" })
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
            .filter { !$0.isEmpty }
        var weekday: (written: String, number: Int)?
        if let first = words.first, let number = weekdayNumber(first) {
            weekday = (first, number)
            words.removeFirst()
        }
        guard words.count == 3, let day = Int(words[0]), words[0].count <= 2, words[0].allSatisfy(\.isASCIIDigit),
              let month = monthNumber(words[1]) else { throw .notADate }
        var yearText = words[2]
        if yearText.hasPrefix("'") || yearText.hasPrefix("’") { yearText.removeFirst() }
        guard yearText.allSatisfy(\.isASCIIDigit), let year = Int(yearText), yearText.count == 4 || yearText.count == 2,
              let date = CalendarDate(year: yearText.count == 2 ? completedYear(year) : year, month: month, day: day) else {
            throw .notADate
        }
        if let weekday, weekday.number != date.dayOfWeek { throw .wrongWeekday(written: weekday.written, date: date) }
        return DateReading(date: date, yearWasCompleted: yearText.count == 2)
    }

    /// 00–69 → 2000–2069, 70–99 → 1970–1999 (appointments are near; a year in the 1900s is a typing
    /// error that the past-date warning brings to light).
    private static func completedYear(_ year: Int) -> Int {
        year < 70 ? 2000 + year : 1900 + year
    }

    /// The month a name or abbreviation means: Dutch (`december`, `dec`, `mrt`, `sept`), or English.
    private static func monthNumber(_ word: String) -> Int? {
        if let index = dutchMonths.firstIndex(of: word) { return index + 1 }
        let abbreviations: [String: Int] = [
            "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
            "okt": 10, "oct": 10, "nov": 11, "dec": 12,
            "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
        ]
        return abbreviations[word]
    }

    /// Dutch weekday names and their abbreviations, as `dayOfWeek` numbers them (0 = Sunday).
    private static func weekdayNumber(_ word: String) -> Int? {
        if let index = dutchWeekdays.firstIndex(of: word) { return index }
        return ["zo", "ma", "di", "wo", "do", "vr", "za"].firstIndex(of: word)
    }

    /// As `dayOfWeek` numbers them: 0 = Sunday.
    public static let dutchWeekdays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]

    /// "donderdag".
    public var dutchWeekday: String { Self.dutchWeekdays[dayOfWeek] }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
