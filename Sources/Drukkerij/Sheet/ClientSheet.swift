import CSV
import Foundation
import Inhoud

/// A client spreadsheet exported as CSV (`--clients`): one appointment per row under a header
/// row. Reading it takes what offices actually produce: `,` `;` or tab between the fields
/// (detected from the header), UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text"),
/// and Excel's Windows-1252 "CSV" (read, with a warning that says how to save as UTF-8).
///
/// Reading never fails on a bad value: each row keeps what it could read and lists what it
/// could not, so that validation (`validated(for:)`) can report every invalid row at once.
public struct ClientSheet: Sendable {
    /// How the file's bytes were turned into text.
    public enum TextEncoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with byte-order mark"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
    }

    /// The file as the user named it, for messages (`afspraken.csv:4: …`).
    public let path: String
    public let encoding: TextEncoding
    public let delimiter: Character
    /// The header as written in the file for each recognised column ("Naam", "E-mail").
    public let headers: [ClientColumn: String]
    /// Header cells that name no known column; their values are ignored.
    public let ignoredHeaders: [String]
    /// Every non-empty header cell, in file order, for messages.
    public let headerRow: [String]
    /// The data rows, in file order; empty rows are skipped.
    public let rows: [ClientRow]

    /// The header the file uses for `column`, or the Dutch name when it has none.
    public func header(for column: ClientColumn) -> String {
        headers[column] ?? column.headers[0]
    }

    /// Notes worth a warning before anything is rendered: an encoding guessed, columns ignored.
    public var warnings: [String] {
        var result: [String] = []
        if encoding == .windows1252 {
            result.append("\(path) is not UTF-8; it was read as Windows-1252 (Excel's \"CSV\"). Check the names with accents "
                          + "in the output; to be sure, save the sheet as \"CSV UTF-8 (door komma's gescheiden)\"")
        }
        if !ignoredHeaders.isEmpty {
            result.append("\(path): ignored the column\(ignoredHeaders.count == 1 ? "" : "s") "
                          + ignoredHeaders.map { "\"\($0)\"" }.joined(separator: ", ")
                          + "; known columns are " + ClientColumn.allCases.map { $0.headers[0] }.joined(separator: ", "))
        }
        return result
    }

    // MARK: Reading

    /// Reads and parses the file at `path`.
    public static func read(_ path: String) throws(ClientSheetError) -> ClientSheet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder, not a CSV file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        return try parse(data, path: path)
    }

    /// Parses CSV bytes; `path` is only used in messages.
    public static func parse(_ data: Data, path: String) throws(ClientSheetError) -> ClientSheet {
        let (text, encoding) = try decode(data, path: path)
        guard !text.allSatisfy(\.isWhitespace) else { throw .empty(path: path) }
        let delimiter = detectDelimiter(in: text)
        guard let scalar = delimiter.unicodeScalars.first,
              let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: scalar) else {
            throw .unreadable(path: path, reason: "the CSV reader could not start")
        }

        // Line numbers as an editor counts them: a record ends a line, and a quoted value may hold more.
        var line = 1
        guard let headerCells = reader.next() else { throw .empty(path: path) }
        line += 1 + lineBreaks(in: headerCells)
        var columnIndex: [ClientColumn: Int] = [:]
        var headers: [ClientColumn: String] = [:]
        var ignored: [String] = []
        var headerRow: [String] = []
        for (index, cell) in headerCells.enumerated() {
            let header = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !header.isEmpty else { continue }
            headerRow.append(header)
            guard let column = ClientColumn.matching(header) else { ignored.append(header); continue }
            if let earlier = headers[column] { throw .duplicateColumn(path: path, column: column, headers: [earlier, header]) }
            columnIndex[column] = index
            headers[column] = header
        }

        var rows: [ClientRow] = []
        while let cells = reader.next() {
            let start = line
            line += 1 + lineBreaks(in: cells)
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            rows.append(ClientRow(line: start, cells: cells, headerCount: headerCells.count, columns: columnIndex,
                                  headers: headers))
        }
        if let error = reader.error { throw .unreadable(path: path, reason: String(describing: error)) }
        return ClientSheet(path: path, encoding: encoding, delimiter: delimiter, headers: headers,
                           ignoredHeaders: ignored, headerRow: headerRow, rows: rows)
    }

    private static func lineBreaks(in cells: [String]) -> Int {
        cells.reduce(0) { count, cell in count + cell.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
    }

    /// The text of the file, and how it was encoded. Invalid UTF-8 is read as Windows-1252 (what
    /// Excel writes for "CSV" on a Dutch Windows); bytes that are not Windows-1252 either are refused.
    static func decode(_ data: Data, path: String) throws(ClientSheetError) -> (String, TextEncoding) {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw .notText(path: path, detail: "it is a spreadsheet workbook (.xlsx), not CSV")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(data: data.dropFirst(3), encoding: .utf8) else {
                throw .notText(path: path, detail: "it starts like UTF-8 but is not valid UTF-8")
            }
            return (text, .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw .notText(path: path, detail: "it starts like UTF-16 but is not valid UTF-16")
            }
            return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, .utf16)
        }
        if data.contains(0) { throw .notText(path: path, detail: "it contains binary data") }
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        if let text = String(data: data, encoding: .windowsCP1252) { return (text, .windows1252) }
        throw .notText(path: path, detail: "it is neither UTF-8 nor Windows-1252 text")
    }

    /// The delimiter is the one of `;`, tab and `,` that occurs most often in the header line
    /// (outside quotes); a header with none of them has one column.
    static func detectDelimiter(in text: String) -> Character {
        var counts: [Character: Int] = [";": 0, "\t": 0, ",": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if character.isNewline { break }
            if counts[character] != nil { counts[character, default: 0] += 1 }
        }
        // `max(by:)` keeps the first of equals: ties go to `;` (a Dutch export), then tab, then `,`.
        let candidates: [Character] = [";", "\t", ","]
        guard let best = candidates.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }),
              counts[best, default: 0] > 0 else { return "," }
        return best
    }
}

/// One data row of a client spreadsheet: where it is, what it says, and what could not be read.
public struct ClientRow: Sendable {
    /// The line of the file on which the row starts (the header is line 1).
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
    /// The file's header per column, for messages.
    public let headers: [ClientColumn: String]

    init(line: Int, cells: [String], headerCount: Int, columns: [ClientColumn: Int], headers: [ClientColumn: String]) {
        self.line = line
        self.headers = headers
        var fields: [ClientColumn: String] = [:]
        for (column, index) in columns where index < cells.count {
            let value = cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { fields[column] = value }
        }
        self.fields = fields
        extraCells = cells.dropFirst(headerCount).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count

        var problems: [ClientColumn: ClientValueProblem] = [:]
        var date: CalendarDate?
        if let text = fields[.date] {
            date = CalendarDate(parsing: text)
            if date == nil { problems[.date] = .notADate(text) }
        }
        var time: String?
        if let text = fields[.time] {
            time = Appointment.normalisedTime(text)
            if time == nil { problems[.time] = .notATime(text) }
        }
        var keuzehulp: Bool?
        if let text = fields[.keuzehulp] {
            switch Appointment.yesOrNo(text) {
            case let .success(value): keuzehulp = value
            case .failure: problems[.keuzehulp] = .notAYesOrNo(text)
            }
        }
        // Names and the date are one line each; a line break there usually means a missing closing quote.
        for column in [ClientColumn.name, .expert, .date, .reference, .salutation] where fields[column]?.contains(where: \.isNewline) == true {
            problems[column] = .lineBreak
        }
        valueProblems = problems
        let cityLine = [fields[.postcode], fields[.city]].compactMap { $0 }.joined(separator: " ")
        let addressLines = (fields[.address].map { $0.components(separatedBy: .newlines) } ?? []) + [cityLine]
        appointment = Appointment(name: fields[.name], date: date, time: time, location: fields[.location],
                                  expert: fields[.expert], addressLines: addressLines, phone: fields[.phone],
                                  email: fields[.email], topics: fields[.topics], reference: fields[.reference],
                                  reason: fields[.reason], salutation: fields[.salutation], extra: fields[.extra],
                                  keuzehulp: keuzehulp)
    }

    /// The file's header for `column` (as written), for messages.
    public func header(for column: ClientColumn) -> String {
        headers[column] ?? column.headers[0]
    }
}
