import Inhoud
import Tekenaar

extension TerugkoppelingLayout {
    /// The top of the first page: the title and the personal block (client, date, arbeidsdeskundige)
    /// as label over value with a hairline under them, like the werkblad's.
    struct HeaderBlock {
        /// Where the flow starts below it.
        let bottom: Double
        private let title: String
        private let titleHeight: Double
        private let fields: [(label: String, value: String, x: Double, width: Double)]
        private let fieldsTop: Double
        private let labelHeight: Double
        private let ruleY: Double

        /// A value gets two lines at most: a longer name would push the notes down for nothing.
        static let valueLines = 2
        /// Name, date and arbeidsdeskundige: the date needs the least room.
        static let columnShares = [0.4, 0.26, 0.34]

        init(_ inhoud: Inhoud, notes: ConversationNotes, on canvas: Canvas, warnings: LayoutWarnings) throws {
            title = inhoud.terugkoppeling.title
            let width = Geometry.right - Geometry.left
            titleHeight = try canvas.measure(title, style: Typography.title, width: width).height
            fieldsTop = Geometry.top + titleHeight + Stijl.Space.m
            let labels = inhoud.werkblad.fieldLabels
            let entries: [(String, String, FieldPath.Notes)] = [
                (labels.name, notes.name, .name), (labels.date, notes.date.dutch, .date), (labels.expert, notes.expert, .expert),
            ]
            let gap = Stijl.Space.m
            let usable = width - gap * Double(entries.count - 1)
            var x = Geometry.left
            var fields: [(label: String, value: String, x: Double, width: Double)] = []
            var valueHeight = 0.0
            for (index, entry) in entries.enumerated() {
                let columnWidth = usable * Self.columnShares[index]
                fields.append((entry.0, entry.1, x, columnWidth))
                let metrics = try canvas.measure(entry.1, style: Typography.fieldValue, width: columnWidth,
                                                 maxLines: Self.valueLines)
                if metrics.isEllipsized {
                    warnings.add(.terugkoppeling, .notes(entry.2), client: notes.name,
                                 "'\(entry.1)' does not fit on two lines in the heading and ends in \"…\"; write it shorter")
                }
                valueHeight = max(valueHeight, metrics.height)
                x += columnWidth + gap
            }
            self.fields = fields
            labelHeight = try canvas.measure("Ag", style: Typography.fieldLabel).height
            ruleY = fieldsTop + labelHeight + 1 + valueHeight + Stijl.Space.xs
            bottom = ruleY + Stijl.Space.xs
        }

        func draw(on canvas: Canvas) throws {
            try canvas.tagged(.heading1) {
                canvas.outline(title, at: Point(Geometry.left, Geometry.top))
                try canvas.text(title, style: Typography.title, at: Point(Geometry.left, Geometry.top),
                                width: Geometry.right - Geometry.left)
            }
            for field in fields {
                try BriefLayout.paragraph(field.label.uppercased(), style: Typography.fieldLabel,
                                          at: Point(field.x, fieldsTop), width: field.width, on: canvas, maxLines: 1)
                try BriefLayout.paragraph(field.value, style: Typography.fieldValue,
                                          at: Point(field.x, fieldsTop + labelHeight + 1), width: field.width, on: canvas,
                                          maxLines: Self.valueLines)
                canvas.stroke(.line(from: Point(field.x, ruleY), to: Point(field.x + field.width, ruleY)),
                              Stroke(Stijl.rule, width: Stijl.hairline))
            }
        }
    }
}
