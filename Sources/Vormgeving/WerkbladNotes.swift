import Inhoud
import Tekenaar

extension WerkbladLayout {
    /// The note areas at the bottom: one per onderwerp, under its own label and in its colour, ruled
    /// at a handwriting pitch.
    static func drawNotes(_ inhoud: Inhoud, plan: Plan, on canvas: Canvas, warnings: LayoutWarnings) throws {
        for (index, onderwerp) in inhoud.onderwerpen.enumerated() {
            let deel = deel(of: onderwerp, at: index)
            let colours = Stijl.kleuren(deel)
            let area = plan.noteAreas[index]
            canvas.stroke(.roundedRect(area, radius: Stijl.cornerRadius), Stroke(colours.strong, width: Stijl.hairline))
            let inner = area.inset(top: 2.5, left: Metrics.padding, bottom: 0, right: Metrics.padding)
            let iconSize = 6.0
            let labelStyle = Typography.notesLabel(deel)
            let labelWidth = inner.width - iconSize - 2
            let labelHeight = try canvas.measure(onderwerp.notesLabel, style: labelStyle, width: labelWidth, maxLines: 2).height
            let rowHeight = max(iconSize, labelHeight)
            canvas.figure(alternativeText: onderwerp.title) {
                Pictogram.draw(deel, on: canvas, in: Rect(x: inner.minX, y: inner.minY + (rowHeight - iconSize) / 2,
                                                         width: iconSize, height: iconSize), colour: colours.strong)
            }
            try canvas.tagged(.heading2) {
                try label(onderwerp.notesLabel, style: labelStyle,
                          in: Rect(x: inner.minX + iconSize + 2, y: inner.minY, width: labelWidth, height: rowHeight),
                          vertical: .middle, maxLines: 2, field: "onderwerpen[\(onderwerp.id)].aantekeningen", on: canvas,
                          warnings: warnings)
            }
            var y = inner.minY + rowHeight + plan.linePitch
            while y <= area.maxY - 3 {
                canvas.stroke(.line(from: Point(inner.minX, y), to: Point(inner.maxX, y)), Stroke(Stijl.rule, width: Stijl.hairline))
                y += plan.linePitch
            }
        }
    }
}
