import Foundation
import Inhoud

/// A client spreadsheet (`--clients`, the web page's upload): one appointment per row under a
/// header row. Read as offices have it: an Excel workbook (.xlsx) as it is, or a CSV export with
/// `,` `;` or tab between the fields (detected, or named by Excel's `sep=` line), in UTF-8 with or
/// without a byte-order mark, UTF-16 ("Unicode text"), or Excel's Windows-1252 "CSV" (read, with
/// a warning that says how to save as UTF-8). What a file is, is told by its content, not its name.
///
/// The header is the first row, within the first ten, that names the client's name column, so a
/// title above it is fine; in a workbook it is the first visible sheet that has such a row, so an
/// explanation sheet in front is skipped. Empty rows are skipped.
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

    /// What kind of file the rows came from.
    public enum Format: Sendable, Hashable {
        case csv(encoding: TextEncoding, delimiter: Character)
        /// A sheet of an .xlsx workbook.
        case workbook(sheet: String)
    }

    /// How many of the first rows (with a value) the header may be in: a title row or two above it is fine.
    public static let headerSearchDepth = 10

    /// The file as the user named it and, in a workbook, the sheet: for messages.
    public let source: SheetSource
    public let format: Format
    /// The header as written in the sheet for each recognised column ("Naam", "E-mail").
    public let headers: [ClientColumn: String]
    /// Header cells that name no known column; their values are ignored.
    public let ignoredHeaders: [String]
    /// Every non-empty header cell, in sheet order, for messages.
    public let headerRow: [String]
    /// The data rows, in sheet order; empty rows are skipped.
    public let rows: [ClientRow]
    /// Numbers of data rows that are hidden in the workbook (filtered away, or hidden by hand):
    /// read like the others, and named in a warning.
    public let hiddenRows: [Int]

    /// The file as the user named it (`afspraken.csv`), for messages.
    public var path: String { source.path }

    /// The encoding of a CSV file; nil for a workbook.
    public var encoding: TextEncoding? {
        if case let .csv(encoding, _) = format { return encoding }
        return nil
    }

    /// The delimiter of a CSV file; nil for a workbook.
    public var delimiter: Character? {
        if case let .csv(_, delimiter) = format { return delimiter }
        return nil
    }

    /// The header the sheet uses for `column`, or the Dutch name when it has none.
    public func header(for column: ClientColumn) -> String {
        headers[column] ?? column.headers[0]
    }

    /// Where `row` is, as the user finds it: `afspraken.csv:4`, `afspraken.xlsx, sheet 'Week 49', row 4`.
    public func place(of row: ClientRow) -> String {
        source.row(row.line)
    }

    /// Notes worth a warning before anything is rendered: an encoding guessed, columns ignored,
    /// hidden rows read, and dates with a two-digit year that lie before `today` once completed.
    public func warnings(today: CalendarDate) -> [String] {
        var result: [String] = []
        if encoding == .windows1252 {
            result.append("\(source) is not UTF-8; it was read as Windows-1252 (Excel's \"CSV\"). Check the names with accents "
                          + "in the output; to be sure, save the sheet as \"CSV UTF-8 (door komma's gescheiden)\"")
        }
        if !ignoredHeaders.isEmpty {
            result.append("\(source): ignored the column\(ignoredHeaders.count == 1 ? "" : "s") "
                          + ignoredHeaders.map { "\"\($0)\"" }.joined(separator: ", ")
                          + "; known columns are " + ClientColumn.allCases.map { $0.headers[0] }.joined(separator: ", "))
        }
        // Before, `telefoon` and `email` were printed as the contact for questions; an office export
        // has the client's own there.
        let clientContact = [ClientColumn.clientPhone, .clientEmail].filter { headers[$0] != nil }
        if !clientContact.isEmpty, headers[.phone] == nil, headers[.email] == nil {
            result.append("\(source): the column\(clientContact.count == 1 ? "" : "s") "
                          + clientContact.map { "\"\(header(for: $0))\"" }.joined(separator: " and ")
                          + " \(clientContact.count == 1 ? "holds" : "hold") the client's own contact details and "
                          + "\(clientContact.count == 1 ? "is" : "are") not printed (earlier versions printed them in the letter as the "
                          + "number for questions); name the arbeidsdeskundige's columns \"telefoon_arbeidsdeskundige\" and "
                          + "\"email_arbeidsdeskundige\" (or \"expert_phone\", \"expert_email\"), or leave them out to print the "
                          + "organisation's")
        }
        if !hiddenRows.isEmpty {
            result.append("\(source): row\(hiddenRows.count == 1 ? "" : "s") " + hiddenRows.map(String.init).joined(separator: ", ")
                          + " \(hiddenRows.count == 1 ? "is" : "are") hidden in the spreadsheet and "
                          + "\(hiddenRows.count == 1 ? "was" : "were") read like the others")
        }
        for row in rows where row.dateYearWasCompleted {
            guard let date = row.appointment.date, date < today, let text = row.fields[.date] else { continue }
            result.append("\(place(of: row)): \(source.sheet == nil ? "column \"\(header(for: .date))\"" : "column \(header(for: .date))"): "
                          + "\"\(text)\" was read as \(date.dutch), which is in the past; write the year in full if another was meant")
        }
        return result
    }

    // MARK: Reading

    /// Reads and parses the file at `path`.
    public static func read(_ path: String) throws(ClientSheetError) -> ClientSheet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder, not a spreadsheet") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
        return try parse(data, path: path)
    }

    /// Parses the bytes of a CSV file or an .xlsx workbook, told apart by their content; `path`
    /// is only used in messages.
    public static func parse(_ data: Data, path: String) throws(ClientSheetError) -> ClientSheet {
        switch SheetFileKind(data) {
        case .zip: return try workbook(data, path: path)
        case let .ole2(kind): throw .unsupportedFile(path: path, kind: kind)
        case .pdf: throw .unsupportedFile(path: path, kind: .pdf)
        case .text: return try csv(data, path: path)
        }
    }

    /// The sheet of `table`, its header found (or its first row, when no row names the name column:
    /// validation then says which columns are missing).
    init(table: SheetTable, source: SheetSource, format: Format, hiddenRows: Set<Int> = []) throws(ClientSheetError) {
        guard !table.rows.isEmpty else { throw .empty(path: source.path) }
        let headerPosition = table.headerIndex ?? 0
        let headerCells = table.rows[headerPosition]
        var columnIndex: [ClientColumn: Int] = [:]
        var headers: [ClientColumn: String] = [:]
        var ignored: [String] = []
        var headerRow: [String] = []
        for (index, cell) in headerCells.cells.sorted(by: { $0.key < $1.key }) {
            let header = cell.text(as: .text).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !header.isEmpty else { continue }
            headerRow.append(header)
            guard let column = ClientColumn.matching(header) else { ignored.append(header); continue }
            if let earlier = headers[column] { throw .duplicateColumn(source: source, column: column, headers: [earlier, header]) }
            columnIndex[column] = index
            headers[column] = header
        }
        // Values past the header's last column mean a separator inside an unquoted CSV value; in a
        // workbook a column without a header is just not read.
        let countsExtraCells = if case .csv = format { true } else { false }
        let dataRows = table.rows[(headerPosition + 1)...]
        rows = dataRows.map { row in
            let extra = countsExtraCells ? row.cells.filter { $0.key >= headerCells.width && !$0.value.isEmpty }.count : 0
            return ClientRow(line: row.number, cells: columnIndex.compactMapValues { row.cells[$0] }, extraCells: extra,
                             headers: headers)
        }
        self.source = source
        self.format = format
        self.headers = headers
        self.ignoredHeaders = ignored
        self.headerRow = headerRow
        self.hiddenRows = dataRows.map(\.number).filter(hiddenRows.contains)
    }
}
