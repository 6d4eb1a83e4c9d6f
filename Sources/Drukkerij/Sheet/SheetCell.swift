import Foundation
import Inhoud

/// One cell of a client sheet as read, before its column says how to take it: text (every CSV
/// cell, a workbook's strings and plain numbers) or a workbook's date and time cells, typed. A
/// date or time cell becomes the text the CSV path reads to the same value, so an .xlsx and its
/// CSV export give the same appointment.
enum SheetCell: Sendable, Hashable {
    case text(String)
    case date(CalendarDate)
    case time(hour: Int, minute: Int)
    case dateTime(CalendarDate, hour: Int, minute: Int)
    /// A formula whose file holds no result: written by a program that does not calculate
    /// (a script), and never opened and saved in a spreadsheet program since.
    case formulaWithoutResult

    /// The cell's text for a column holding `kind`: of a date-and-time cell the date in a date
    /// column, the time in a time column; dates written as `2026-12-03` (read unambiguously) there,
    /// and as a Dutch sheet shows them (`3-12-2026 09:30`) in a text column.
    func text(as kind: ClientColumn.ValueKind) -> String {
        switch (self, kind) {
        case let (.text(text), _): text
        case (.formulaWithoutResult, _): ""
        case let (.time(hour, minute), _), let (.dateTime(_, hour, minute), .time): Appointment.clock(hour: hour, minute: minute)
        case let (.date(date), .text): Self.dutch(date)
        case let (.date(date), _), let (.dateTime(date, _, _), .date): date.iso
        case let (.dateTime(date, hour, minute), .text): Self.dutch(date) + " " + Appointment.clock(hour: hour, minute: minute)
        }
    }

    /// Whether the cell holds nothing to read (white space counts as nothing).
    var isEmpty: Bool {
        if case let .text(text) = self { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    private static func dutch(_ date: CalendarDate) -> String { "\(date.day)-\(date.month)-\(date.year)" }
}
