/// What a material needs from each row of a client spreadsheet. The werkblad and the letter
/// share the reading and the validation; each brings its own requirements.
struct BatchRequirements: Sendable {
    /// The material's name, for file names (`…_werkblad.pdf`) and messages.
    var material: String
    /// Columns the file must have and every row must fill.
    var required: [ClientColumn]
    /// Columns the material prints: a value in them that cannot be read makes the row invalid.
    /// (A bad time does not stop a werkblad, which prints no time.)
    var used: Set<ClientColumn>
    /// Further checks of one row, beyond required and readable values: a message per problem,
    /// with the column it is about (nil for the row as a whole).
    var check: @Sendable (ClientRow) -> [(column: ClientColumn?, message: String)] = { _ in [] }
}

extension ClientSheet {
    /// The rows, once every one of them is fit for the material; otherwise an error that lists
    /// every invalid row with its line and column. Nothing is rendered or written before this.
    func validated(for requirements: BatchRequirements) throws(ClientSheetError) -> [ClientRow] {
        let missing = requirements.required.filter { headers[$0] == nil }
        if !missing.isEmpty {
            throw .missingColumns(path: path, columns: missing, material: requirements.material, found: headerRow)
        }
        guard !rows.isEmpty else { throw .noClients(path: path) }
        var problems: [RowProblem] = []
        for row in rows {
            func problem(_ column: ClientColumn?, _ message: String) {
                problems.append(RowProblem(path: path, line: row.line, column: column.map(header(for:)), message: message))
            }
            for column in requirements.required where row.fields[column] == nil {
                problem(column, column == .name ? "empty; every client needs a name" : "empty; every client needs a value here")
            }
            for column in ClientColumn.allCases where requirements.used.contains(column) {
                if let message = row.problems[column] { problem(column, message) }
            }
            if row.extraCells > 0 {
                problem(nil, "has \(row.extraCells) more value\(row.extraCells == 1 ? "" : "s") than the header has columns; "
                        + "put a value that contains \"\(delimiter == "\t" ? "tab" : String(delimiter))\" between double quotes")
            }
            for found in requirements.check(row) { problem(found.column, found.message) }
        }
        if !problems.isEmpty { throw .invalidRows(path: path, problems: problems, rowCount: rows.count) }
        return rows
    }
}
