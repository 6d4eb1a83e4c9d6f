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
            /// Set for the count of enclosures at the right margin: label and number end there.
            var alignsRight = false
        }

        let columns: [Column]
        let height: Double
        private let labelHeight: Double

        /// Between two columns: enough that a kenmerk and the subject never read as one phrase.
        static let gap = Stijl.Space.l
        /// The gap when the columns are crowded: still more than a word space at 12 pt twice over.
        static let minimumGap = 5.0

        init(_ labels: Inhoud.Brief.ReferenceLine, date: String, reference: String?, subject: String, enclosures: Int,
             left: Double, width: Double, subjectX: Double?, on canvas: Canvas) throws {
            var entries: [(label: String, value: String, isSubject: Bool)] = [(labels.date, date, false)]
            if let reference { entries.append((labels.reference, reference, false)) }
            entries.append((labels.subject, subject, true))
            // How many sheets come with the letter, as a business letter says it; the foot of the
            // letter names them.
            if enclosures > 0 {
                entries.append((enclosures == 1 ? labels.enclosure : labels.enclosures, String(enclosures), false))
            }
            var natural: [Double] = []
            for entry in entries {
                let style = entry.isSubject ? Typography.referenceSubject : Typography.referenceValue
                natural.append(max(try canvas.measure(entry.label, style: Typography.referenceLabel).width,
                                   try canvas.measure(entry.value, style: style).width))
            }
            columns = Self.grid(entries, natural: natural, left: left, width: width, subjectX: subjectX)
                ?? Self.packed(entries, natural: natural, left: left, width: width)
            labelHeight = try canvas.measure("Ag", style: Typography.referenceLabel).height
            var tallest = 0.0
            for column in columns {
                let style = column.isSubject ? Typography.referenceSubject : Typography.referenceValue
                tallest = max(tallest, try canvas.measure(column.value, style: style, width: column.width).height)
            }
            height = labelHeight + 1.0 + tallest
        }

        /// The columns on the letter's grid, the same in every letter: the date at the left margin, the
        /// kenmerk ``kenmerkOffset`` to the right of it, the subject in line with the text of the facts
        /// block above (`subjectX`), the enclosures flush right. Nil when a value does not fit its place.
        static func grid(_ entries: [(label: String, value: String, isSubject: Bool)], natural: [Double], left: Double,
                         width: Double, subjectX: Double?) -> [Column]? {
            guard let subjectX, let subject = entries.firstIndex(where: \.isSubject) else { return nil }
            var xs: [Double] = []
            for index in entries.indices {
                if index == 0 { xs.append(left) }
                else if index < subject { xs.append(left + Self.kenmerkOffset) }
                else if index == subject { xs.append(subjectX) }
                else { xs.append(left + width - natural[index]) }
            }
            let ends = xs.dropFirst() + [left + width + minimumGap]
            for (index, end) in ends.enumerated() where xs[index] + natural[index] + minimumGap > end + 0.01 { return nil }
            return entries.indices.map {
                Column(label: entries[$0].label, value: entries[$0].value, x: xs[$0], width: natural[$0],
                       isSubject: entries[$0].isSubject, alignsRight: $0 > subject)
            }
        }

        /// The columns one after the other, each as wide as its label or value on one line plus the gap;
        /// when they do not all fit, the gaps narrow down to `minimumGap` first, and then the subject
        /// (the one that may take two lines) gets what the others leave.
        static func packed(_ entries: [(label: String, value: String, isSubject: Bool)], natural: [Double], left: Double,
                           width: Double) -> [Column] {
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
            return columns
        }

        /// Where the kenmerk starts, from the left margin: the longest date ("30 september 2026", 38 mm at
        /// 12 pt) and a gap.
        static let kenmerkOffset = 44.0

        /// Draws the line at `top`; the subject carries the bookmark `bookmark`, returned so the
        /// enclosure's pages can nest theirs under it.
        @discardableResult
        func draw(on canvas: Canvas, top: Double, bookmark: String) throws -> OutlineEntry {
            var entry = OutlineEntry.root
            try canvas.tagged(.division) {
                for column in columns {
                    func aligned(_ style: TextStyle) -> TextStyle {
                        var style = style
                        if column.alignsRight { style.alignment = .right }
                        return style
                    }
                    try canvas.tagged(.paragraph) {
                        try canvas.text(column.label, style: aligned(Typography.referenceLabel), at: Point(column.x, top),
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
                            try canvas.text(column.value, style: aligned(Typography.referenceValue), at: Point(column.x, valueTop),
                                            width: column.width)
                        }
                    }
                }
            }
            return entry
        }
    }
}
