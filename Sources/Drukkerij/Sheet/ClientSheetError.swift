/// What can be wrong with a client spreadsheet. Each case is its own clear message that names the
/// file and, for values, the line and the column, so the office can fix the sheet and run again.
public enum ClientSheetError: Error, CustomStringConvertible, Equatable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    /// Not text the reader accepts; `detail` says what it is instead.
    case notText(path: String, detail: String)
    case duplicateColumn(path: String, column: ClientColumn, headers: [String])
    /// Columns the material cannot do without; `found` lists the file's own headers.
    case missingColumns(path: String, columns: [ClientColumn], material: String, found: [String])
    /// A header row but no clients under it.
    case noClients(path: String)
    /// Every invalid row, in file order; `rowCount` is the number of clients in the file.
    case invalidRows(path: String, problems: [RowProblem], rowCount: Int)

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
                + "\"Tekst CSV\" with character set \"Unicode (UTF-8)\""
        case let .duplicateColumn(path, column, headers):
            return "\(path): the columns " + headers.map { "\"\($0)\"" }.joined(separator: " and ")
                + " both mean \(column.displayName); keep one"
        case let .missingColumns(path, columns, material, found):
            let names = columns.map { column in
                column == .name ? "\(column.displayName) for the client's name" : column.displayName
            }
            return "\(path) has no column " + names.joined(separator: " and no column ")
                + ", which every \(material) needs; the header row has "
                + (found.isEmpty ? "no names" : found.map { "\"\($0)\"" }.joined(separator: ", "))
        case let .noClients(path):
            return "\(path) has a header row but no clients under it"
        case let .invalidRows(path, problems, rowCount):
            let lines = Set(problems.map(\.line)).count
            return "\(path): \(lines) of \(rowCount) rows \(lines == 1 ? "is" : "are") not valid; nothing was written:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

/// One thing wrong in one row: `afspraken.csv:4: column "Datum": "31-02-2026" is not a date; …`.
public struct RowProblem: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let line: Int
    /// The column as the file names it; nil for the row as a whole.
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

    public var description: String {
        "\(path):\(line): " + (column.map { "column \"\($0)\": " } ?? "") + message
    }
}
