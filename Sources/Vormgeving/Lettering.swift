import Foundation
import Inhoud
import Tekenaar

/// The bubble's lettering: fitted to at most `maxLines` lines, never below 8 pt on the page,
/// and set as narrow as its line count allows, so lines come out balanced ("Eerst ging / het
/// goed…" rather than "Eerst ging het / goed…").
struct Lettering {
    let text: String
    let style: TextStyle
    let metrics: TextMetrics
    /// The width the text is set in (mm); lines are centred within it.
    let width: Double
    let fits: Bool
    let maxLines: Int

    init(text: String, style: TextStyle, maxWidth: Double, maxLines: Int, floorSize: Double, canvas: Canvas) throws {
        let lineHeight = style.size * (style.lineHeight ?? 1.1) * 25.4 / 72
        let fit = try canvas.fit(text, style: style,
                                 in: Rect(x: 0, y: 0, width: maxWidth, height: lineHeight * Double(maxLines) + 0.01),
                                 minimumSize: max(floorSize, style.size * 0.85))
        self.text = text
        self.style = fit.style.aligned(.centre)
        self.fits = fit.fits
        self.maxLines = maxLines
        let limit = fit.fits ? nil : maxLines
        let full = try canvas.measure(text, style: self.style, width: maxWidth, maxLines: limit)
        // The narrowest width that keeps the same number of lines.
        var low = full.width * 0.3, high = maxWidth
        if !fit.fits {
            high = maxWidth
        } else if full.lineCount > 1 {
            while high - low > 0.1 {
                let middle = (low + high) / 2
                let trial = try canvas.measure(text, style: self.style, width: middle, maxLines: limit)
                if trial.lineCount <= full.lineCount && !trial.overflowsWidth { high = middle } else { low = middle }
            }
        } else {
            high = min(maxWidth, full.width + 0.05)
        }
        width = high
        metrics = try canvas.measure(text, style: self.style, width: high, maxLines: limit)
    }

    /// Draws the text with the top of its block centred at `top` (page millimetres).
    func draw(at top: Point, canvas: Canvas) throws {
        try canvas.text(text, style: style, at: Point(top.x - width / 2, top.y), width: width,
                        maxLines: fits ? nil : maxLines)
    }
}
