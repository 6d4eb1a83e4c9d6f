import Foundation
import Inhoud

/// One data row of a client spreadsheet: where it is, what it says, and what could not be read.
public struct ClientRow: Sendable {
    /// The row's number: the line of a CSV file on which it starts (the header is line 1 there), or
    /// the row number a spreadsheet shows.
    public let line: Int
    /// The recognised columns' values, trimmed; a column is absent when its cell is empty.
    public let fields: [ClientColumn: String]
    /// The appointment the row describes, with every value that could be read.
    public let appointment: Appointment
    /// Values that could not be read, by column (a date that is not a date, …). Validation reports
    /// those of the columns the material uses.
    public let valueProblems: [ClientColumn: ClientValueProblem]
    /// `valueProblems` as the command line's English messages.
    public var problems: [ClientColumn: String] { valueProblems.mapValues(\.description) }
    /// Non-empty cells beyond the header's columns: usually a `;` or `,` inside an unquoted value.
    public let extraCells: Int
    /// The date was written with a two-digit year, completed to 20xx (or 19xx): worth a warning
    /// when that puts the appointment in the past.
    public let dateYearWasCompleted: Bool
    /// The sheet's header per column, for messages.
    public let headers: [ClientColumn: String]

    init(line: Int, cells: [ClientColumn: SheetCell], extraCells: Int, headers: [ClientColumn: String]) {
        self.line = line
        self.headers = headers
        self.extraCells = extraCells
        var fields: [ClientColumn: String] = [:]
        var problems: [ClientColumn: ClientValueProblem] = [:]
        for (column, cell) in cells {
            if cell == .formulaWithoutResult { problems[column] = .formulaWithoutResult; continue }
            let value = cell.text(as: column.valueKind).trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { fields[column] = value }
        }
        self.fields = fields

        var date: CalendarDate?
        var yearWasCompleted = false
        if let text = fields[.date] {
            do {
                let reading = try CalendarDate.reading(text)
                date = reading.date
                yearWasCompleted = reading.yearWasCompleted
            } catch let .wrongWeekday(_, actual) {
                problems[.date] = .wrongWeekday(text, date: actual)
            } catch {
                problems[.date] = .notADate(text)
            }
        }
        dateYearWasCompleted = yearWasCompleted
        var time: String?
        if let text = fields[.time] {
            time = Appointment.normalisedTime(text)
            if time == nil { problems[.time] = .notATime(text) }
        }
        for (column, value) in fields {
            if let problem = column.freeTextProblem(value) { problems[column] = problem }
        }
        var keuzehulp: Bool?
        if let text = fields[.keuzehulp] {
            switch Appointment.yesOrNo(text) {
            case let .success(value): keuzehulp = value
            case .failure: problems[.keuzehulp] = .notAYesOrNo(text)
            }
        }
        func choice<Choice>(_ column: ClientColumn, _ read: (String) -> Choice?) -> Choice?
            where Choice: RawRepresentable & CaseIterable, Choice.RawValue == String {
            guard let text = fields[column] else { return nil }
            switch ClientValueProblem.choice(text, read) {
            case let .success(value): return value
            case let .failure(problem): problems[column] = problem; return nil
            }
        }
        let meeting = choice(.meeting, Appointment.Meeting.init(parsing:))
        let form = choice(.form, Inhoud.FormOfAddress.init(parsing:))
        let variant = choice(.variant, Appointment.LetterVariant.init(parsing:))
        // Names and the date are one line each; a line break there usually means a missing closing quote.
        for column in [ClientColumn.name, .expert, .date, .reference, .salutation, .videoLink, .present] where fields[column]?.contains(where: \.isNewline) == true {
            problems[column] = .lineBreak
        }
        let cityLine0 = [fields[.postcode], fields[.city]].compactMap { $0 }.joined(separator: " ")
        let givenLines = (fields[.address].map { $0.components(separatedBy: .newlines) } ?? []) + [cityLine0]
        if fields[.address] != nil, problems[.address] == nil,
           !PostalAddress.isComplete(givenLines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            problems[.address] = .addressWithoutPostcode
        }
        valueProblems = problems
        let cityLine = [fields[.postcode], fields[.city]].compactMap { $0 }.joined(separator: " ")
        let addressLines = (fields[.address].map { $0.components(separatedBy: .newlines) } ?? []) + [cityLine]
        appointment = Appointment(name: fields[.name], date: date, time: time, location: fields[.location],
                                  expert: fields[.expert], addressLines: addressLines, phone: fields[.phone],
                                  email: fields[.email], topics: fields[.topics], reference: fields[.reference],
                                  reason: fields[.reason], salutation: fields[.salutation], extra: fields[.extra],
                                  keuzehulp: keuzehulp, soort: fields[.soort],
                                  meeting: meeting, videoLink: fields[.videoLink], present: fields[.present], form: form,
                                  variant: variant)
    }

    /// The sheet's header for `column` (as written), for messages.
    public func header(for column: ClientColumn) -> String {
        headers[column] ?? column.headers[0]
    }
}
