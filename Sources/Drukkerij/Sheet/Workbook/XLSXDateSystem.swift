import Foundation
import Inhoud

/// A workbook's dates: a number of days since the start of its date system (1900, Windows Excel's;
/// or 1904, the old Mac Excel's, marked `date1904` in the workbook), the time of day as the
/// fraction. The 1900 system counts the 29 February 1900 that never was (as Lotus 1-2-3 did), so
/// from 1 March 1900 on its day 1 is 31 December 1899 minus one.
struct XLSXDateSystem: Sendable {
    let uses1904: Bool

    /// A number cell's value as its number format shows it: a date, a time, both, or the number
    /// as written in the file (`1234`, `0.5`). A date number outside 1900–2999 stays a number,
    /// which the date column then reports as not a date.
    func cell(number text: String, format: XLSXNumberFormat) -> SheetCell {
        guard format != .number, let serial = Double(text), serial.isFinite, serial >= 0, serial < 1_500_000 else {
            return .text(text)
        }
        var days = Int(serial.rounded(.down))
        // To the second, so that 9:30 stored as 0.39583333333 is 9:30 and not 9:29:59.
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        let hour = seconds / 3600, minute = seconds % 3600 / 60
        if format == .time { return .time(hour: hour, minute: minute) }
        guard let date = date(days) else { return .text(text) }
        return format == .date ? .date(date) : .dateTime(date, hour: hour, minute: minute)
    }

    /// A cell of type `d`: an ISO 8601 date, date-time or time (`2026-12-03`, `2026-12-03T09:30:00`,
    /// `09:30:00`), as some writers store dates.
    func cell(iso text: String) -> SheetCell {
        let parts = text.split(separator: "T", maxSplits: 1).map(String.init)
        let datePart = parts.first { $0.contains("-") }
        let timePart = parts.first { $0.contains(":") }
        let date = datePart.flatMap(CalendarDate.init(parsing:))
        let clock = timePart.flatMap { Appointment.normalisedTime(String($0.prefix(8))) }
        let hour = clock.flatMap { Int($0.prefix(2)) }, minute = clock.flatMap { Int($0.suffix(2)) }
        switch (date, hour, minute) {
        case let (date?, hour?, minute?) where hour != 0 || minute != 0: return .dateTime(date, hour: hour, minute: minute)
        case let (date?, _, _): return .date(date)
        case let (nil, hour?, minute?) where datePart == nil: return .time(hour: hour, minute: minute)
        default: return .text(text)
        }
    }

    /// The day of serial number `days`, nil when it is none (29 February 1900) or out of range.
    private func date(_ days: Int) -> CalendarDate? {
        if uses1904 { return CalendarDate(daysSince1970: days - 24_107) }
        switch days {
        case 60: return nil
        case ..<60: return CalendarDate(daysSince1970: days - 25_568)
        default: return CalendarDate(daysSince1970: days - 25_569)
        }
    }
}

/// Text as a workbook stores it: characters XML cannot hold are escaped as `_xHHHH_` (a carriage
/// return as `_x000D_`), and line ends are `\n` or `\r\n`.
enum XLSXText {
    static func unescaped(_ text: String) -> String {
        var result = text
        if result.contains("_x") {
            var output = ""
            var rest = Substring(result)
            while let start = rest.range(of: "_x") {
                output += rest[..<start.lowerBound]
                let code = rest[start.upperBound...].prefix(5)
                if code.count == 5, code.last == "_", let value = UInt32(code.prefix(4), radix: 16),
                   let scalar = Unicode.Scalar(value) {
                    output.unicodeScalars.append(scalar)
                    rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
                } else {
                    output += "_x"
                    rest = rest[start.upperBound...]
                }
            }
            result = output + rest
        }
        return result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
