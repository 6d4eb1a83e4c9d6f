import Foundation

extension ClientSheet {
    /// The client sheet of an .xlsx workbook: the first visible sheet with a header row that names
    /// the client's name column within its first rows. A workbook with one sheet of data and no
    /// such row gives that sheet, so validation can say which columns it lacks.
    static func workbook(_ data: Data, path: String) throws(ClientSheetError) -> ClientSheet {
        let workbook = try XLSXWorkbook(data: data, path: path)
        func clientSheet(_ table: SheetTable, _ sheet: XLSXWorkbook.Sheet, _ hiddenRows: Set<Int>) throws(ClientSheetError) -> ClientSheet {
            try ClientSheet(table: table, source: SheetSource(path: path, sheet: sheet.name), format: .workbook(sheet: sheet.name),
                            hiddenRows: hiddenRows)
        }
        let visible = workbook.sheets.filter { !$0.isHidden }
        var withData: [(sheet: XLSXWorkbook.Sheet, table: SheetTable, hiddenRows: Set<Int>)] = []
        for sheet in visible {
            let (table, hiddenRows) = try workbook.table(of: sheet)
            if table.headerIndex != nil { return try clientSheet(table, sheet, hiddenRows) }
            if !table.rows.isEmpty { withData.append((sheet, table, hiddenRows)) }
        }
        if withData.isEmpty { throw .empty(path: path) }
        if withData.count == 1 { return try clientSheet(withData[0].table, withData[0].sheet, withData[0].hiddenRows) }
        throw .noClientSheet(path: path, sheets: visible.map(\.name), hiddenSheets: workbook.sheets.filter(\.isHidden).map(\.name))
    }
}
