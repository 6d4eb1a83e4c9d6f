/// The rows of one sheet, as numbered where they come from (the spreadsheet's row numbers, or a
/// CSV file's lines), before a header row is chosen: what the CSV and the workbook readers share.
struct SheetTable: Sendable {
    struct Row: Sendable {
        /// The row's number as the spreadsheet shows it, or the line of the CSV file it starts on.
        let number: Int
        /// The cells by column index (0 = A); empty cells may be absent.
        let cells: [Int: SheetCell]
        /// How many cells the row has, empty ones included (a CSV record's field count).
        let width: Int
    }

    /// The rows that have a value, in order.
    var rows: [Row]

    /// The index in `rows` of the header: the first of the first `ClientSheet.headerSearchDepth` rows that
    /// names the client's name column.
    var headerIndex: Int? {
        rows.prefix(ClientSheet.headerSearchDepth).firstIndex { row in
            row.cells.values.contains { cell in
                if case let .text(text) = cell { return ClientColumn.matching(text) == .name }
                return false
            }
        }
    }
}
