import Tekenaar

/// The pictograms of the method's parts: one simple line drawing per onderwerp and one for the
/// centre, so that colour is never the only cue. They read in black and white.
public enum Pictogram {
    /// Draws the pictogram of `deel` centred in `box` (a square works best) in `colour`.
    public static func draw(_ deel: Stijl.Deel, on canvas: Canvas, in box: Rect, colour: Colour) {
        // Placeholder until the Gesprekskompas issue designs the set.
        let size = min(box.width, box.height)
        canvas.stroke(.circle(centre: box.centre, radius: size * 0.4), Stroke(colour, width: size * 0.07))
    }
}
