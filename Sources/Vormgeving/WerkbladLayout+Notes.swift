import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// The note areas at the bottom: one per onderwerp, in its colour, headed by the small label
    /// *Aantekeningen* over the onderwerp's own name (so the method's term stays whole), and ruled at
    /// a handwriting pitch. The lines start at the same height in all three areas. The back side's
    /// areas are headed *Aantekeningen (vervolg)*.
    static func drawNotes(_ inhoud: Inhoud, in areas: [Rect], parts: [Stijl.Part], continued: Bool = false, on canvas: Canvas,
                          warnings: LayoutWarnings) throws {
        let header = try notesHeader(inhoud, parts: parts, on: canvas)
        let heading = continued ? (inhoud.werkblad.continuedNotesHeading, FieldPath.werkblad(.continuedNotesHeading))
            : (inhoud.werkblad.notesHeading, FieldPath.werkblad(.notesHeading))
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() {
            let part = parts[index]
            let colours = Stijl.colours(part)
            let area = areas[index]
            canvas.stroke(.roundedRect(area, radius: Stijl.cornerRadius), Stroke(colours.strong, width: Stijl.hairline))
            // The pictogram and the title start where an onderwerp card's do; the lines use the padding.
            let inner = area.inset(top: notesTopInset, left: Metrics.cardTextInset, bottom: 0, right: Metrics.padding)
            let textX = inner.minX + notesIconSize + 2
            let textWidth = inner.maxX - textX
            let titleStyle = Typography.notesTitle(part)
            let titleHeight = try canvas.measure(onderwerp.title, style: titleStyle, width: textWidth, maxLines: 2).height
            let stack = header.label + notesLabelGap + titleHeight
            canvas.figure(alternativeText: onderwerp.title) {
                Pictogram.draw(part, on: canvas, in: Rect(x: inner.minX, y: inner.minY + (stack - notesIconSize) / 2,
                                                         width: notesIconSize, height: notesIconSize), colour: colours.strong)
            }
            try canvas.tagged(.heading2) {
                try label(heading.0, style: Typography.notesHeading,
                          in: Rect(x: textX, y: inner.minY, width: textWidth, height: header.label), maxLines: 1,
                          field: heading.1, on: canvas, warnings: warnings)
                try label(onderwerp.title, style: titleStyle,
                          in: Rect(x: textX, y: inner.minY + header.label + notesLabelGap, width: textWidth, height: titleHeight),
                          maxLines: 2, field: .onderwerp(onderwerp.id, .title), on: canvas, warnings: warnings)
            }
            // All writing lines of an area as one path: one stroke operation instead of ten, which
            // is less work for cairo on every werkblad and looks the same.
            var lines = Path()
            var y = inner.minY + header.height + Stijl.writingLinePitch
            while y <= area.maxY - 3 {
                lines.move(to: Point(area.minX + Metrics.padding, y))
                lines.line(to: Point(inner.maxX, y))
                y += Stijl.writingLinePitch
            }
            canvas.stroke(lines, Stroke(Stijl.rule, width: Stijl.hairline))
        }
    }

    static let notesTopInset = 2.5
    static let notesIconSize = pictogramSize
    /// Between the small label and the onderwerp's name under it.
    static let notesLabelGap = 0.2

    /// The height of the tallest note area's header (label over title, or the pictogram), and of the label alone.
    static func notesHeader(_ inhoud: Inhoud, parts: [Stijl.Part], on canvas: Canvas) throws -> (height: Double, label: Double) {
        let width = Metrics.columnWidth - Metrics.cardTextInset - Metrics.padding - notesIconSize - 2
        let label = try canvas.measure(inhoud.werkblad.notesHeading, style: Typography.notesHeading, width: width, maxLines: 1).height
        var height = notesIconSize
        for (onderwerp, part) in zip(inhoud.onderwerpen, parts) {
            let title = try canvas.measure(onderwerp.title, style: Typography.notesTitle(part),
                                           width: width, maxLines: 2).height
            height = max(height, label + notesLabelGap + title)
        }
        return (height, label)
    }

    /// The organisation's name at the foot of the page, when the plan found room for it; on a
    /// werkblad with a back side, a line at the right that points to it.
    static func drawFooter(_ inhoud: Inhoud, plan: Plan, on canvas: Canvas, warnings: LayoutWarnings) throws {
        guard let footer = plan.footer else { return }
        var nameWidth = footer.width
        if plan.backSide {
            let hint = inhoud.werkblad.backSideHint
            let width = min(footer.width / 2, try canvas.measure(hint, style: Typography.backSideHint).width + 0.5)
            nameWidth -= width + Stijl.Space.m
            try canvas.tagged(.paragraph) {
                try label(hint, style: Typography.backSideHint.aligned(.right),
                          in: Rect(x: footer.maxX - width, y: footer.minY, width: width, height: footer.height), vertical: .bottom,
                          maxLines: 1,
                          field: .werkblad(.backSideHint), on: canvas, warnings: warnings)
            }
        }
        try canvas.tagged(.paragraph) {
            try label(inhoud.organisation.name, style: Typography.footer,
                      in: Rect(x: footer.minX, y: footer.minY, width: nameWidth, height: footer.height), vertical: .bottom, maxLines: 1,
                      field: .organisation(.name), on: canvas, warnings: warnings)
        }
    }
}
