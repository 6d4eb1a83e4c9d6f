extension ClientRow {
    /// A row from values given per column, as a web form posts them: read exactly as a sheet's row
    /// is (dates, times, the address lines), so a form and a spreadsheet give the same document
    /// for the same values. It counts as line 1 of no file.
    public init(fields: [ClientColumn: String]) {
        self.init(line: 1, cells: fields.mapValues(SheetCell.text), extraCells: 0, headers: [:])
    }
}
