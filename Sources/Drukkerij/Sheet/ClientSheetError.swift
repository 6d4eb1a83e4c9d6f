/// What can be wrong with a client spreadsheet. Each case is its own clear message that names the
/// file (and in a workbook the sheet) and, for values, the row and the column, so the office can
/// fix the sheet and run again.
public enum ClientSheetError: Error, CustomStringConvertible, Equatable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    /// Not text the CSV reader accepts; `detail` says what it is instead.
    case notText(path: String, detail: String)
    /// A kind of file that holds no sheet this tool reads (an old .xls, a password-protected
    /// workbook, …); the message says how to save it so that it can be read.
    case unsupportedFile(path: String, kind: UnsupportedFile)
    /// An .xlsx (a ZIP archive) whose parts cannot be read: damaged, cut off, or not a workbook.
    case damagedWorkbook(path: String, reason: String)
    /// A workbook none of whose visible sheets has a header row with a name column in its first rows.
    case noClientSheet(path: String, sheets: [String], hiddenSheets: [String])
    case duplicateColumn(source: SheetSource, column: ClientColumn, headers: [String])
    /// Columns the material cannot do without; `found` lists the sheet's own headers.
    case missingColumns(source: SheetSource, columns: [ClientColumn], material: String, found: [String])
    /// A header row but no clients under it.
    case noClients(source: SheetSource)
    /// Every invalid row, in sheet order; `rowCount` is the number of clients in the sheet.
    case invalidRows(source: SheetSource, problems: [RowProblem], rowCount: Int)

    /// Files that are recognised by their content, and refused with a way out.
    public enum UnsupportedFile: Sendable, Hashable {
        /// Excel 97–2003 (.xls, BIFF in an OLE2 container).
        case oldExcel
        /// An .xlsx encrypted with a password (Office wraps it in an OLE2 container).
        case passwordProtected
        /// Another OLE2 file: an old Word document, …
        case oldOffice
        /// An OpenDocument spreadsheet (.ods), a ZIP archive too.
        case openDocument
        /// A ZIP archive that is no workbook (a Word document, a folder of files, …).
        case otherArchive
        case pdf
        /// A web page or an XML file (Excel's "XML-spreadsheet 2003" and "Webpagina" look like this).
        case markup
    }

    public var description: String {
        switch self {
        case let .fileNotFound(path):
            return "cannot find the clients file \(path)"
        case let .unreadable(path, reason):
            return "cannot read the clients file \(path): \(reason)"
        case let .empty(path):
            return "\(path) is empty; it needs a header row (naam;datum;…) and one row per client"
        case let .notText(path, detail):
            return "\(path) cannot be read: \(detail). Save the sheet as CSV in UTF-8: in Excel choose "
                + "Opslaan als → \"CSV UTF-8 (door komma's gescheiden) (*.csv)\"; in LibreOffice choose "
                + "\"Tekst CSV\" with character set \"Unicode (UTF-8)\"; or give the .xlsx itself"
        case let .unsupportedFile(path, kind):
            return "\(path) " + kind.description
        case let .damagedWorkbook(path, reason):
            return "\(path) looks like an Excel workbook (.xlsx) but cannot be read (\(reason)); it may be damaged or "
                + "incomplete. Open it in Excel or LibreOffice, save it again as .xlsx, and try again"
        case let .noClientSheet(path, sheets, hiddenSheets):
            let hidden = hiddenSheets.isEmpty ? "" : "; hidden sheets (" + Self.quoted(hiddenSheets) + ") are skipped"
            return "no sheet of \(path) (" + Self.quoted(sheets) + ") has a header row with a column "
                + "\(ClientColumn.name.displayName) in its first \(ClientSheet.headerSearchDepth) rows\(hidden). "
                + "Give the sheet with the clients a header row: naam, datum, …"
        case let .duplicateColumn(source, column, headers):
            return "\(source): the columns " + headers.map { "\"\($0)\"" }.joined(separator: " and ")
                + " both mean \(column.displayName); keep one"
        case let .missingColumns(source, columns, material, found):
            let names = columns.map { column in
                column == .name ? "\(column.displayName) for the client's name" : column.displayName
            }
            return "\(source) has no column " + names.joined(separator: " and no column ")
                + ", which every \(material) needs; the header row has "
                + (found.isEmpty ? "no names" : found.map { "\"\($0)\"" }.joined(separator: ", "))
        case let .noClients(source):
            return "\(source) has a header row but no clients under it"
        case let .invalidRows(source, problems, rowCount):
            let lines = Set(problems.map(\.line)).count
            return "\(source): \(lines) of \(rowCount) rows \(lines == 1 ? "is" : "are") not valid; nothing was written:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    private static func quoted(_ sheets: [String]) -> String {
        sheets.map { "'\($0)'" }.joined(separator: ", ")
    }
}

extension ClientSheetError.UnsupportedFile: CustomStringConvertible {
    /// What the file is and what to do, in English, after the file's name.
    public var description: String {
        switch self {
        case .oldExcel:
            "is an old Excel workbook (.xls, Excel 97–2003), which cannot be read. Open it in Excel or LibreOffice "
                + "and save it as \"Excel-werkmap (*.xlsx)\" (or as CSV UTF-8)"
        case .passwordProtected:
            "is protected with a password, so it cannot be read. Open it, remove the password (Excel: Bestand → Info → "
                + "Werkmap beveiligen → Versleutelen met wachtwoord, and empty the password; LibreOffice: save without "
                + "\"Opslaan met wachtwoord\") and save it again as .xlsx"
        case .oldOffice:
            "is an old Office file, not a spreadsheet that can be read. Save the sheet as \"Excel-werkmap (*.xlsx)\" or as CSV UTF-8"
        case .openDocument:
            "is an OpenDocument spreadsheet (.ods), which cannot be read. Save it as .xlsx (LibreOffice: Bestand → "
                + "Opslaan als → \"Excel 2007-365\") or as CSV"
        case .otherArchive:
            "is a ZIP archive but not an Excel workbook (.xlsx). Choose the spreadsheet with the clients, saved as .xlsx or CSV"
        case .pdf:
            "is a PDF, not a spreadsheet. Choose the spreadsheet with the clients, saved as .xlsx or CSV"
        case .markup:
            "is a web page or an XML file (as Excel's \"XML-spreadsheet 2003\" and \"Webpagina\" are), not a sheet "
                + "that can be read. Save the sheet as \"Excel-werkmap (*.xlsx)\" or as CSV UTF-8"
        }
    }
}

/// Where a client sheet's rows are, for messages: the file as the user named it and, in a
/// workbook, the sheet.
public struct SheetSource: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    /// The sheet's name in a workbook; nil for a CSV file.
    public let sheet: String?

    public init(path: String, sheet: String? = nil) {
        self.path = path; self.sheet = sheet
    }

    /// `afspraken.csv`, or `afspraken.xlsx, sheet 'Week 49'`.
    public var description: String { sheet.map { "\(path), sheet '\($0)'" } ?? path }

    /// A row as the user finds it: `afspraken.csv:4` (the line in an editor), or
    /// `afspraken.xlsx, sheet 'Week 49', row 4` (the row number the spreadsheet shows).
    public func row(_ number: Int) -> String {
        sheet == nil ? "\(path):\(number)" : "\(self), row \(number)"
    }
}

/// One thing wrong in one row: `afspraken.csv:4: column "Datum": "31-02-2026" is not a date; …`,
/// or `afspraken.xlsx, sheet 'Week 49', row 4, column Datum: …`.
public struct RowProblem: Sendable, Hashable, CustomStringConvertible {
    public let source: SheetSource
    /// The row's number: the line of a CSV file, the row number a spreadsheet shows.
    public let line: Int
    /// The column as the sheet names it; nil for the row as a whole.
    public let column: String?
    public let message: String
    /// What is wrong, typed, for a front-end that words it in another language than `message`.
    public let kind: Kind

    /// What can be wrong in a row.
    public enum Kind: Sendable, Hashable {
        /// A column the material needs is empty.
        case missing(ClientColumn)
        /// A value could not be read.
        case unreadable(ClientColumn, ClientValueProblem)
        /// The row has this many more values than the header has columns.
        case extraCells(Int)
    }

    public var path: String { source.path }

    public var description: String {
        guard let column else { return "\(source.row(line)): \(message)" }
        return source.sheet == nil ? "\(source.row(line)): column \"\(column)\": \(message)"
            : "\(source.row(line)), column \(column): \(message)"
    }
}
