import Inhoud
import Tekenaar

extension BriefLayout {
    /// The reference line of a Dutch business letter (*referentieregel*), under the address and the
    /// appointment block: Datum, Ons kenmerk, Onderwerp and Bijlage as small labels over their
    /// values, in columns across the box measure. A value that is absent (no kenmerk) leaves its
    /// column out. The subject is the letter's one heading, and its bookmark names the client.
    struct ReferenceLine {
        struct Column {
            let label: String
            let value: String
            let x: Double
            let width: Double
            let isSubject: Bool
        }

        let columns: [Column]
        let height: Double
        private let labelHeight: Double

        /// Between two columns: enough that a kenmerk and the subject never read as one phrase.
        static let gap = Stijl.Space.l
        /// The gap when the columns are crowded: still more than a word space at 12 pt twice over.
        static let minimumGap = 5.0

        init(_ labels: Inhoud.Brief.ReferenceLine, date: String, reference: String?, subject: String, enclosures: [String],
             left: Double, width: Double, on canvas: Canvas) throws {
            var entries: [(label: String, value: String, isSubject: Bool)] = [(labels.date, date, false)]
            if let reference { entries.append((labels.reference, reference, false)) }
            entries.append((labels.subject, subject, true))
            // Each enclosure on a line of its own, under "Bijlagen" when there are more.
            if !enclosures.isEmpty {
                entries.append((enclosures.count == 1 ? labels.enclosure : labels.enclosures,
                                enclosures.joined(separator: "\n"), false))
            }
            // Each column as wide as its label or value on one line, plus the gap; when they do not
            // all fit, the gaps narrow down to `minimumGap` first, and then the subject (the one that
            // may take two lines) gets what the others leave.
            var natural: [Double] = []
            for entry in entries {
                let style = entry.isSubject ? Typography.referenceSubject : Typography.referenceValue
                natural.append(max(try canvas.measure(entry.label, style: Typography.referenceLabel).width,
                                   try canvas.measure(entry.value, style: style).width))
            }
            let gaps = Double(max(1, entries.count - 1))
            let gap = min(Self.gap, max(Self.minimumGap, (width - natural.reduce(0, +)) / gaps))
            let spare = width + gap - natural.reduce(0, +) - gap * Double(entries.count)
            var x = left
            var columns: [Column] = []
            for (entry, naturalWidth) in zip(entries, natural) {
                let columnWidth = entry.isSubject && spare < 0 ? max(naturalWidth + spare, 30) : naturalWidth
                columns.append(Column(label: entry.label, value: entry.value, x: x, width: columnWidth, isSubject: entry.isSubject))
                x += columnWidth + gap
            }
            self.columns = columns
            labelHeight = try canvas.measure("Ag", style: Typography.referenceLabel).height
            var tallest = 0.0
            for column in columns {
                let style = column.isSubject ? Typography.referenceSubject : Typography.referenceValue
                tallest = max(tallest, try canvas.measure(column.value, style: style, width: column.width).height)
            }
            height = labelHeight + 1.0 + tallest
        }

        /// Draws the line at `top`; the subject carries the bookmark `bookmark`, returned so the
        /// enclosure's pages can nest theirs under it.
        @discardableResult
        func draw(on canvas: Canvas, top: Double, bookmark: String) throws -> OutlineEntry {
            var entry = OutlineEntry.root
            try canvas.tagged(.division) {
                for column in columns {
                    try canvas.tagged(.paragraph) {
                        try canvas.text(column.label, style: Typography.referenceLabel, at: Point(column.x, top),
                                        width: column.width)
                    }
                    let valueTop = top + labelHeight + 1.0
                    if column.isSubject {
                        try canvas.tagged(.heading1) {
                            entry = canvas.outline(bookmark, at: Point(column.x, top))
                            try canvas.text(column.value, style: Typography.referenceSubject, at: Point(column.x, valueTop),
                                            width: column.width)
                        }
                    } else {
                        try canvas.tagged(.paragraph) {
                            try canvas.text(column.value, style: Typography.referenceValue, at: Point(column.x, valueTop),
                                            width: column.width)
                        }
                    }
                }
            }
            return entry
        }
    }
}
