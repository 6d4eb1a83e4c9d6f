import Inhoud
import Tekenaar

extension TerugkoppelingLayout {
    /// The agreements as a table (wat, wie, wanneer) under a heading with the checklist pictogram:
    /// column labels over a rule in the centre's strong colour, then a row per agreement with a
    /// hairline under it. The columns run from the text edge (34) to 190: *Wat* wide, *Wie* room for a
    /// name, *Wanneer* room for "vóór 17 december 2026" on one line. *Wie* names people (*Jij*, the
    /// arbeidsdeskundige's name), never *Ik*, which on this sheet is the client speaking. Rows are
    /// blocks of the flow, so a long list continues on the next page; the header row stays with the
    /// first row. Tagged as a PDF table (Table, TR, TH, TD), so a screen reader can read it by row and
    /// column.
    struct AgreementsTable {
        let blocks: [Block]

        /// The header row's block name, by which the flow finds it to repeat it on another page.
        static let headerName = "the agreements' header"
        /// The column starts; each column ends a gutter before the next.
        static let columns: [(x: Double, width: Double)] = [
            (Geometry.textLeft, whoStop - Geometry.textLeft - Geometry.gutter),
            (whoStop, whenStop - whoStop - Geometry.gutter),
            (whenStop, Geometry.right - whenStop),
        ]
        static let whoStop = 106.0
        static let whenStop = 138.0

        init(_ content: Inhoud.Terugkoppeling, agreements: [ConversationNotes.Agreement],
             values: [Inhoud.Placeholder: String], on canvas: Canvas) throws {
            let columns = Self.columns
            var blocks = [try SheetPlan.headingBlock(content.agreementsHeading, colours: Stijl.colours(.centre),
                                                     pictogram: .checklist, on: canvas)]
            let labels = [content.columns.what, content.columns.who, content.columns.when]
            let labelHeight = try labels.enumerated().map { index, label in
                try canvas.measure(label, style: Typography.columnLabel, width: columns[index].width).height
            }.max() ?? 0
            let headerHeight = labelHeight + 2 * Geometry.cellPaddingY
            let strong = Stijl.colours(.centre).strong
            blocks.append(Block(name: Self.headerName, spaceBefore: Geometry.near, height: headerHeight,
                                keepWithNext: true, container: .table) { canvas, top in
                try Self.drawRow(labels, top: top, style: Typography.columnLabel, tag: .tableHeader, on: canvas)
                let y = top + headerHeight
                canvas.stroke(.line(from: Point(Geometry.textLeft, y), to: Point(Geometry.right, y)),
                              Stroke(strong, width: 0.5 * 25.4 / 72))
            })
            // The arbeidsdeskundige's name stays on one line when the column has room for it.
            var roleValues = values
            if let expert = values[.arbeidsdeskundige],
               try canvas.measure(expert, style: Typography.cell).width <= columns[1].width {
                roleValues[.arbeidsdeskundige] = expert.replacingOccurrences(of: " ", with: "\u{00A0}")
            }
            for (index, agreement) in agreements.enumerated() {
                let who = agreement.role.flatMap { content.roles[$0]?.filled(roleValues) } ?? agreement.who ?? ""
                let cells = [agreement.what, who, Self.datesKeptTogether(agreement.when ?? "")]
                let height = try cells.enumerated().map { column, text in
                    try canvas.measure(text, style: Typography.cell, width: columns[column].width).height
                }.max() ?? 0
                let rowHeight = height + 2 * Geometry.cellPaddingY
                blocks.append(Block(name: "agreement \(index + 1)", spaceBefore: 0, height: rowHeight,
                                    container: .table) { canvas, top in
                    try Self.drawRow(cells, top: top, style: Typography.cell, tag: .tableCell, on: canvas)
                    let y = top + rowHeight
                    canvas.stroke(.line(from: Point(Geometry.textLeft, y), to: Point(Geometry.right, y)),
                                  Stroke(Stijl.rule, width: Stijl.hairline))
                })
            }
            self.blocks = blocks
        }

        /// "vóór 17 december 2026" with no-break spaces inside the date, so a narrow *Wanneer* column
        /// breaks before the date ("vóór / 17 december 2026"), never inside it.
        static func datesKeptTogether(_ text: String) -> String {
            let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard words.count > 1 else { return text }
            var result = words[0]
            for index in 1..<words.count {
                let word = words[index], before = words[index - 1]
                let isMonth = CalendarDate.dutchMonths.contains(word.lowercased())
                let dayBefore = !before.isEmpty && before.count <= 2 && before.allSatisfy(\.isNumber)
                let yearAfterMonth = CalendarDate.dutchMonths.contains(before.lowercased())
                    && word.prefix(while: \.isNumber).count == 4 && word.dropFirst(4).allSatisfy(\.isPunctuation)
                result += (isMonth && dayBefore) || yearAfterMonth ? "\u{00A0}" : " "
                result += word
            }
            return result
        }

        static func drawRow(_ cells: [String], top: Double, style: TextStyle, tag: StructureTag, on canvas: Canvas) throws {
            try canvas.tagged(.tableRow) {
                for (index, text) in cells.enumerated() {
                    let column = columns[index]
                    try canvas.tagged(tag) {
                        try canvas.text(text, style: style, at: Point(column.x, top + Geometry.cellPaddingY), width: column.width)
                    }
                }
            }
        }
    }
}
