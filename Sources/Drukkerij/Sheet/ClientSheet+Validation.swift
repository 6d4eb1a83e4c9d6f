import Inhoud

extension ClientSheet {
    /// The rows, once every one of them is fit for `material`; otherwise an error that lists every
    /// invalid row with its line and column. Nothing is rendered or written before this. With
    /// `inhoud`, values that must name something in the content (a soort) are checked against it.
    public func validated(for material: Material, inhoud: Inhoud? = nil) throws(ClientSheetError) -> [ClientRow] {
        let missing = material.requiredFields.filter { headers[$0] == nil }
        if !missing.isEmpty {
            throw .missingColumns(source: source, columns: missing, material: material.fileStem, found: headerRow)
        }
        guard !rows.isEmpty else { throw .noClients(source: source) }
        var problems: [RowProblem] = []
        for row in rows {
            func problem(_ column: ClientColumn?, _ kind: RowProblem.Kind, _ message: String) {
                problems.append(RowProblem(source: source, line: row.line, column: column.map(header(for:)), message: message,
                                           kind: kind))
            }
            let fieldProblems = material.fieldProblems(in: row, inhoud: inhoud)
            for column in material.requiredFields(for: row.appointment) where fieldProblems[column] == .missing {
                problem(column, .missing(column),
                        column == .name ? "empty; every client needs a name"
                            : column == .videoLink ? "empty; a video call (gespreksvorm video) needs its link"
                            : "empty; every client needs a value here")
            }
            for column in ClientColumn.allCases {
                if case let .unreadable(value) = fieldProblems[column] {
                    problem(column, .unreadable(column, value), value.description)
                }
            }
            if row.extraCells > 0 {
                problem(nil, .extraCells(row.extraCells), "has \(row.extraCells) more value\(row.extraCells == 1 ? "" : "s") than the header has columns; "
                        + "put a value that contains \"\(delimiter == "\t" ? "tab" : delimiter.map(String.init) ?? ",")\" between double quotes")
            }
        }
        if !problems.isEmpty { throw .invalidRows(source: source, problems: problems, rowCount: rows.count) }
        return rows
    }
}
