import Inhoud
import Tekenaar

extension TerugkoppelingLayout {
    /// The top of the first page: who sends it (the organisation, with the day the sheet is sent on
    /// the right), the title, and the personal block: label over value, on the sheet's stops (20, 104,
    /// 150), without rules under the values, which would make them look like a form to fill in. Who
    /// else was there and the kenmerk, when given, make a second row.
    struct HeaderBlock {
        /// Where the flow starts below it.
        let bottom: Double
        private let kicker: String
        private let sent: String?
        private let kickerHeight: Double
        private let title: String
        private let titleTop: Double
        private let rows: [Row]

        /// A row of fields with the top of its labels and the foot of its values.
        private struct Row {
            var fields: [(label: String, value: String, x: Double, width: Double)]
            var top: Double
            var bottom: Double
            var labelHeight: Double
        }

        /// Between two rows of fields: enough that a label reads as the next row's, not the value's.
        static let rowGap = 3.0

        /// The sender's line ends where the day it was sent may begin.
        static let kickerWidth = 100.0

        /// A value gets two lines at most: a longer name would push the notes down for nothing.
        static let valueLines = 2

        init(_ inhoud: Inhoud, notes: ConversationNotes, on canvas: Canvas, warnings: LayoutWarnings) throws {
            let content = inhoud.terugkoppeling
            kicker = content.kicker.filled(TerugkoppelingLayout.values(inhoud, notes))
            sent = notes.sent.map { content.fieldLabels.sent.filled([.verzonden: $0.dutch]) }
            kickerHeight = try canvas.measure(kicker, style: Typography.kicker, width: Self.kickerWidth).height
            title = content.title
            titleTop = Geometry.top + kickerHeight + 1
            let titleHeight = try canvas.measure(title, style: Typography.title, width: Geometry.right - Geometry.left).height
            let labels = content.fieldLabels
            let stops = [Geometry.left, Geometry.secondStop, Geometry.thirdStop, Geometry.right]
            var entries: [[(String, String, FieldPath.Notes)]] = [
                [(labels.name, notes.name, .name), (labels.date, notes.date.dutch, .date), (labels.expert, notes.expert, .expert)],
            ]
            var second: [(String, String, FieldPath.Notes)] = []
            if let present = notes.present { second.append((labels.present, present, .present)) }
            if let kenmerk = notes.kenmerk { second.append((labels.kenmerk, kenmerk, .kenmerk)) }
            if !second.isEmpty { entries.append(second) }
            var top = titleTop + titleHeight + Geometry.near
            var rows: [Row] = []
            let labelHeight = try canvas.measure("Ag", style: Typography.fieldLabel).height
            for row in entries {
                var fields: [(label: String, value: String, x: Double, width: Double)] = []
                var valueHeight = 0.0
                for (index, entry) in row.enumerated() {
                    // Who else was there may take the room of two columns when there is no kenmerk.
                    let end = row.count == 1 && entry.2 == .present ? Geometry.thirdStop : stops[index + 1]
                    let width = end - stops[index] - (end == Geometry.right ? 0 : Geometry.gutter)
                    fields.append((entry.0, entry.1, stops[index], width))
                    let metrics = try canvas.measure(entry.1, style: Typography.fieldValue, width: width,
                                                     maxLines: Self.valueLines)
                    if metrics.isEllipsized {
                        warnings.add(.terugkoppeling, .notes(entry.2), client: notes.name,
                                     "'\(entry.1)' does not fit on two lines in the heading and ends in \"…\"; write it shorter")
                    }
                    valueHeight = max(valueHeight, metrics.height)
                }
                let bottom = top + labelHeight + 1 + valueHeight
                rows.append(Row(fields: fields, top: top, bottom: bottom, labelHeight: labelHeight))
                top = bottom + Self.rowGap
            }
            self.rows = rows
            bottom = rows.last.map(\.bottom) ?? top
        }

        func draw(on canvas: Canvas) throws {
            try BriefLayout.paragraph(kicker, style: Typography.kicker, at: Point(Geometry.left, Geometry.top),
                                      width: Self.kickerWidth, on: canvas)
            if let sent {
                try BriefLayout.paragraph(sent, style: Typography.sent, at: Point(Geometry.thirdStop - 40, Geometry.top),
                                          width: Geometry.right - Geometry.thirdStop + 40, on: canvas)
            }
            try canvas.tagged(.heading1) {
                canvas.outline(title, at: Point(Geometry.left, titleTop))
                try canvas.text(title, style: Typography.title, at: Point(Geometry.left, titleTop),
                                width: Geometry.right - Geometry.left)
            }
            for row in rows {
                for field in row.fields {
                    try BriefLayout.paragraph(field.label, style: Typography.fieldLabel,
                                              at: Point(field.x, row.top), width: field.width, on: canvas, maxLines: 1)
                    try BriefLayout.paragraph(field.value, style: Typography.fieldValue,
                                              at: Point(field.x, row.top + row.labelHeight + 1), width: field.width,
                                              on: canvas, maxLines: Self.valueLines)
                }
            }
        }
    }
}
