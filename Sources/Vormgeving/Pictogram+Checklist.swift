import Tekenaar

extension Pictogram {
    /// A checklist for *Afspraken*: a sheet with three rows, each a box and a line, the first two
    /// ticked. Drawn in the set's line weight, so it sits with the onderwerpen's pictograms; it is
    /// not a part of the method, so it has its own entry rather than a ``Stijl/Part``.
    public static func drawChecklist(on canvas: Canvas, in box: Rect, colour: Colour) {
        let f = Frame(box)
        let line = Stroke(colour, width: f.size * 0.075, cap: .round, join: .round)
        canvas.stroke(.roundedRect(f.rect(0.12, 0.04, 0.76, 0.92), radius: 0.1 * f.size), line)
        for (index, y) in [0.26, 0.50, 0.74].enumerated() {
            let square = f.rect(0.26, y - 0.07, 0.14, 0.14)
            if index < 2 {
                // A tick through the box, heavier than the box itself so it reads at 6 mm.
                var tick = Path()
                tick.move(to: f(0.25, y))
                tick.line(to: f(0.32, y + 0.07))
                tick.line(to: f(0.44, y - 0.10))
                canvas.stroke(tick, line)
            } else {
                canvas.stroke(.rect(square), line)
            }
            canvas.stroke(.line(from: f(0.52, y), to: f(0.76, y)), line)
        }
    }

    /// The checklist's alternative text.
    public static let checklistDescription = "een lijstje met vinkjes"
}
