import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// The back side of the werkblad, for a conversation of an hour or more: the personal header
    /// repeated small (so a loose sheet still says whose it is) with a line for who else was there,
    /// the note areas of the three onderwerpen continued in the same columns as on the front, the
    /// agreements (wat, wie, wanneer) and *Dit gesprek: hoe ging het?*. The order is that of the
    /// terugkoppeling's notes, so what is written here is typed into its form from top to bottom.
    public struct BackPlan: Sendable {
        /// The werkblad's title, small, in the first grid column.
        public var title: Rect
        /// The client's name and the date: fields like the front's, in the second and third column.
        public var fields: [Rect]
        /// *Ook aanwezig*: a label and a writing line under the header, across the page.
        public var present: Rect
        public var noteAreas: [Rect]
        public var agreements: Rect
        public var evaluation: Rect
        public var footer: Rect?
        public var onderwerpParts: [Stijl.Part]
    }

    /// The rows of the agreements table: the method's usual handful, one per line.
    static let agreementRows = 5
    /// The agreements table's columns: *Wat* over the first two grid columns, *Wie* and *Wanneer*
    /// sharing the third.
    static let agreementColumnGap = 3.0
    /// Writing lines under the evaluation's question.
    static let evaluationLines = 3

    public static func backPlan(_ inhoud: Inhoud, measuringOn canvas: Canvas) throws -> BackPlan {
        let m = Metrics.self
        let left = m.margin, width = m.contentWidth, column = m.columnWidth
        // One row of fields as on the front (label over a line), the title beside them.
        let labelHeight = try canvas.measure("Xg", style: Typography.fieldLabel).height
        let row = labelHeight + (try fieldValueRoom(on: canvas))
        let title = Rect(x: left, y: m.verticalMargin, width: column, height: row)
        let fields = (1...2).map { index in
            Rect(x: left + Double(index) * (column + m.gutter), y: m.verticalMargin, width: column, height: row)
        }
        let present = Rect(x: left, y: title.maxY + m.fieldGap, width: width, height: row)

        let footerHeight = try canvas.measure("Xg", style: Typography.footer).height
        let bottom = m.page.height - m.verticalMargin
        let hasFooter = !inhoud.organisation.name.isEmpty
        let notesBottom = hasFooter ? bottom - footerHeight - m.footerGap : bottom

        let heading = try canvas.measure("Xg", style: BackTypography.heading).height
        let agreementsHeight = m.padding + max(pictogramSize, heading) + headerGap + labelHeight
            + Double(agreementRows) * Stijl.writingLinePitch + m.padding
        let question = try canvas.measure(inhoud.werkblad.evaluation.question, style: Typography.question,
                                          width: width - m.cardTextInset - m.cardTextRightInset).height
        let evaluationHeight = m.padding + max(pictogramSize, heading) + headerGap + question
            + Double(evaluationLines) * Stijl.writingLinePitch + m.padding
        let evaluation = Rect(x: left, y: notesBottom - evaluationHeight, width: width, height: evaluationHeight)
        let agreements = Rect(x: left, y: evaluation.minY - m.sectionGap - agreementsHeight, width: width,
                              height: agreementsHeight)
        let notesTop = present.maxY + m.sectionGap
        let noteAreas = (0..<3).map { index in
            Rect(x: left + Double(index) * (column + m.gutter), y: notesTop, width: column,
                 height: agreements.minY - m.sectionGap - notesTop)
        }
        let footer = hasFooter ? Rect(x: left, y: bottom - footerHeight, width: width, height: footerHeight) : nil
        return BackPlan(title: title, fields: fields, present: present, noteAreas: noteAreas, agreements: agreements,
                        evaluation: evaluation, footer: footer, onderwerpParts: OnderwerpColours(inhoud).parts)
    }

    /// The back side's page for one appointment.
    static func backPage(_ inhoud: Inhoud, appointment: Appointment, warnings: LayoutWarnings) -> Page {
        Page(size: .a4) { canvas in
            let plan = try backPlan(inhoud, measuringOn: canvas)
            try drawBackHeader(inhoud, appointment, plan: plan, on: canvas, warnings: warnings)
            try drawNotes(inhoud, in: plan.noteAreas, parts: plan.onderwerpParts, continued: true, on: canvas, warnings: warnings)
            try drawAgreements(inhoud, in: plan.agreements, on: canvas, warnings: warnings)
            try drawEvaluation(inhoud, in: plan.evaluation, on: canvas, warnings: warnings)
            if let footer = plan.footer {
                try canvas.tagged(.paragraph) {
                    try label(inhoud.organisation.name, style: Typography.footer, in: footer, maxLines: 1,
                              field: .organisation(.name), on: canvas, warnings: warnings)
                }
            }
        }
    }

    /// The back side's own styles; everything else is the front's.
    enum BackTypography {
        /// The werkblad's title, repeated small: the sheet's name, not its headline.
        static let title = TextStyle(family: Stijl.headingFamily, weight: .bold, size: 12, colour: Stijl.colours(.centre).text,
                                     lineHeight: 1.15)
        static let heading = Typography.sectionHeading
        static let columnLabel = Typography.fieldLabel
    }

    static func drawBackHeader(_ inhoud: Inhoud, _ appointment: Appointment, plan: BackPlan, on canvas: Canvas,
                               warnings: LayoutWarnings) throws {
        try canvas.tagged(.heading1) {
            try label(inhoud.werkblad.title, style: BackTypography.title, in: plan.title, vertical: .bottom, maxLines: 1,
                      field: .werkblad(.title), on: canvas, warnings: warnings)
        }
        let labels = inhoud.werkblad.fieldLabels
        let labelHeight = try canvas.measure("Xg", style: Typography.fieldLabel).height
        let entries: [(label: String, labelField: FieldPath.Werkblad, value: String?, field: FieldPath.Client, name: String)] = [
            (labels.name, .nameLabel, appointment.name, .name, "the client's name"),
            (labels.date, .dateLabel, appointment.date?.dutch, .date, "the date"),
        ]
        for (index, (entry, box)) in zip(entries, plan.fields).enumerated() {
            let fitted = try entry.value.map {
                try fitField($0, maxLines: Metrics.fieldMaxLines[index], minimumSize: Metrics.fieldMinimumSizes[index],
                             width: box.width, height: box.height - labelHeight - Metrics.fieldValueClearance, on: canvas)
            }
            // Set as on the front, so a value cut off here was cut off there too, and warned about once.
            try drawField(label: entry.label, labelField: .werkblad(entry.labelField), value: entry.value, fitted: fitted,
                          field: .client(entry.field), named: entry.name, in: box, on: canvas, warnings: LayoutWarnings())
        }
        try drawField(label: inhoud.terugkoppeling.fieldLabels.present, labelField: .terugkoppeling(.presentLabel), value: nil,
                      fitted: nil, field: .terugkoppeling(.presentLabel), named: "", in: plan.present, on: canvas, warnings: warnings)
    }

    /// The agreements as a ruled table in the conversation's colour: *Wat* on the width of two
    /// grid columns, *Wie* and *Wanneer* sharing the third, as in the terugkoppeling.
    static func drawAgreements(_ inhoud: Inhoud, in box: Rect, on canvas: Canvas, warnings: LayoutWarnings) throws {
        let colours = Stijl.colours(.centre)
        canvas.stroke(.roundedRect(box, radius: Stijl.cornerRadius), Stroke(colours.strong, width: Stijl.hairline))
        let inner = box.inset(top: Metrics.padding, left: Metrics.padding, bottom: Metrics.padding, right: Metrics.padding)
        let texts = inhoud.terugkoppeling
        let heading = try canvas.measure(texts.agreementsHeading, style: BackTypography.heading).height
        let headerRow = max(pictogramSize, heading)
        canvas.figure(alternativeText: texts.agreementsHeading) {
            Pictogram.drawChecklist(on: canvas, in: Rect(x: inner.minX, y: inner.minY + (headerRow - pictogramSize) / 2,
                                                        width: pictogramSize, height: pictogramSize), colour: colours.strong)
        }
        try canvas.tagged(.heading2) {
            try label(texts.agreementsHeading, style: BackTypography.heading,
                      in: Rect(x: inner.minX + pictogramSize + 2, y: inner.minY, width: inner.width - pictogramSize - 2,
                               height: headerRow),
                      vertical: .middle, maxLines: 1, field: .terugkoppeling(.agreementsHeading), on: canvas, warnings: warnings)
        }
        // The columns follow the page's grid: the third column starts where the third note area does.
        let third = Metrics.margin + 2 * (Metrics.columnWidth + Metrics.gutter)
        let half = (inner.maxX - third - agreementColumnGap) / 2
        let columns: [(title: String, key: FieldPath.Terugkoppeling, from: Double, to: Double)] = [
            (texts.columns.what, .what, inner.minX, third - agreementColumnGap),
            (texts.columns.who, .who, third, third + half),
            (texts.columns.when, .when, third + half + agreementColumnGap, inner.maxX),
        ]
        let labelTop = inner.minY + headerRow + headerGap
        let labelHeight = try canvas.measure("Xg", style: BackTypography.columnLabel).height
        try canvas.tagged(.table) {
            try canvas.tagged(.tableRow) {
                for column in columns {
                    try canvas.tagged(.tableHeader) {
                        try label(column.title, style: BackTypography.columnLabel,
                                  in: Rect(x: column.from, y: labelTop, width: column.to - column.from, height: labelHeight),
                                  maxLines: 1, field: .terugkoppeling(column.key), on: canvas, warnings: warnings)
                    }
                }
            }
        }
        var lines = Path()
        for row in 1...agreementRows {
            let y = labelTop + labelHeight + Double(row) * Stijl.writingLinePitch
            for column in columns {
                lines.move(to: Point(column.from, y))
                lines.line(to: Point(column.to, y))
            }
        }
        canvas.stroke(lines, Stroke(Stijl.rule, width: Stijl.hairline))
    }

    /// *Dit gesprek: hoe ging het?*: the method's fourth thema at the end of the conversation, on the
    /// tint of *Ons gesprek*, with its question and lines for the answer.
    static func drawEvaluation(_ inhoud: Inhoud, in box: Rect, on canvas: Canvas, warnings: LayoutWarnings) throws {
        let colours = Stijl.colours(.centre)
        canvas.fill(.roundedRect(box, radius: Stijl.cornerRadius), colours.tint)
        let inner = box.inset(top: Metrics.padding, left: Metrics.cardTextInset, bottom: Metrics.padding,
                              right: Metrics.cardTextRightInset)
        let evaluation = inhoud.werkblad.evaluation
        let heading = try canvas.measure(evaluation.title, style: BackTypography.heading).height
        let headerRow = max(pictogramSize, heading)
        try canvas.tagged(.section) {
            try drawSectionHeader(title: evaluation.title, note: nil, part: .centre,
                                  in: Rect(x: inner.minX, y: inner.minY, width: inner.width, height: headerRow), on: canvas)
            let questionTop = inner.minY + headerRow + headerGap
            let frame = try canvas.tagged(.paragraph) {
                try canvas.text(evaluation.question, style: Typography.question, at: Point(inner.minX, questionTop),
                                width: inner.width)
            }
            var lines = Path()
            for line in 1...evaluationLines {
                let y = frame.maxY + Double(line) * Stijl.writingLinePitch - 1.5
                lines.move(to: Point(inner.minX, y))
                lines.line(to: Point(inner.maxX, y))
            }
            canvas.stroke(lines, Stroke(Stijl.ruleOnTint, width: Stijl.hairline))
        }
    }
}
