import Inhoud
import Tekenaar

extension TerugkoppelingLayout {
    /// The agreements as a table (wat, wie, wanneer) under a heading: a tinted header row, then a
    /// row per agreement with a hairline under it. Rows are blocks of the flow, so a long list
    /// continues on the next page; the header row stays with the first row. Tagged as a PDF table
    /// (Table, TR, TH, TD), so a screen reader can read it by row and column.
    struct AgreementsTable {
        let blocks: [Block]

        /// What gets the room: the agreement itself, then who, then when.
        static let columnShares = [0.5, 0.24, 0.26]
        static let cellPaddingY = 2.0
        /// The header row's block name, by which the flow finds it to repeat it on another page.
        static let headerName = "the agreements' header"

        init(_ content: Inhoud.Terugkoppeling, agreements: [ConversationNotes.Agreement], pictogram: Bool,
             on canvas: Canvas) throws {
            let width = Geometry.right - Geometry.textLeft
            var x = Geometry.textLeft
            let columns: [(x: Double, width: Double)] = Self.columnShares.map { share in
                defer { x += width * share }
                return (x, width * share)
            }
            let inner = columns.map { $0.width - 2 * Geometry.cellPadding }
            var blocks = [try SheetPlan.headingBlock(content.agreementsHeading, part: .centre, pictogram: pictogram, on: canvas)]

            let labels = [content.columns.what, content.columns.who, content.columns.when]
            let labelHeight = try labels.enumerated().map { index, label in
                try canvas.measure(label, style: Typography.columnLabel, width: inner[index]).height
            }.max() ?? 0
            let headerHeight = labelHeight + 2 * Self.cellPaddingY
            blocks.append(Block(name: Self.headerName, spaceBefore: Stijl.Space.s, height: headerHeight,
                                keepWithNext: true, container: .table) { canvas, top in
                let row = Rect(x: Geometry.textLeft, y: top, width: width, height: headerHeight)
                canvas.fill(.roundedRect(row, radius: 1.5), Stijl.colours(.centre).tint)
                try Self.drawRow(labels, columns: columns, top: top, style: Typography.columnLabel, tag: .tableHeader,
                                 on: canvas)
            })
            for (index, agreement) in agreements.enumerated() {
                let cells = [agreement.what, agreement.who ?? "", agreement.when ?? ""]
                let height = try cells.enumerated().map { column, text in
                    try canvas.measure(text, style: Typography.cell, width: inner[column]).height
                }.max() ?? 0
                let rowHeight = height + 2 * Self.cellPaddingY
                blocks.append(Block(name: "agreement \(index + 1)", spaceBefore: 0, height: rowHeight,
                                    container: .table) { canvas, top in
                    try Self.drawRow(cells, columns: columns, top: top, style: Typography.cell, tag: .tableCell, on: canvas)
                    let y = top + rowHeight
                    canvas.stroke(.line(from: Point(Geometry.textLeft, y), to: Point(Geometry.right, y)),
                                  Stroke(Stijl.rule, width: Stijl.hairline))
                })
            }
            self.blocks = blocks
        }

        static func drawRow(_ cells: [String], columns: [(x: Double, width: Double)], top: Double, style: TextStyle,
                            tag: StructureTag, on canvas: Canvas) throws {
            try canvas.tagged(.tableRow) {
                for (index, text) in cells.enumerated() {
                    let column = columns[index]
                    try canvas.tagged(tag) {
                        try canvas.text(text, style: style, at: Point(column.x + Geometry.cellPadding, top + cellPaddingY),
                                        width: column.width - 2 * Geometry.cellPadding)
                    }
                }
            }
        }
    }
}
