import Foundation
import Inhoud
import Tekenaar

/// A short text of the Strip (a caption or a bubble) set at one size and broken into lines by
/// meaning (``LineBreaker``): after a question or a sentence where one is near, never right after a
/// short word ("Het / kompas helpt"), lines of about equal length. When it does not fit in
/// `maxLines` lines of `maxWidth`, `fits` is false and the text is set the plain way, cut off after
/// `maxLines` lines: the caller warns.
struct Lettering {
    /// The text as drawn: its lines joined by line breaks.
    let text: String
    let style: TextStyle
    /// The widest line (mm); lines are aligned within it.
    let width: Double
    let height: Double
    let lineCount: Int
    let fits: Bool
    let maxLines: Int

    static let memo = LineBreakMemo()

    init(text: String, style: TextStyle, maxWidth: Double, maxLines: Int, keepTogether terms: [String] = [],
         canvas: Canvas) throws {
        self.style = style
        self.maxLines = maxLines
        let broken = try Self.memo.lines(for: ([text] + terms).joined(separator: "\u{1F}"), style: style, maxWidth: maxWidth,
                                         maxLines: maxLines, format: canvas.format) {
            var breaker = LineBreaker(text, keepTogether: terms, phrases: true) { try canvas.measure($0, style: style).width }
            return try breaker.best(maxLines: maxLines, limit: { _ in maxWidth }, reference: maxWidth)
        }
        if let broken {
            self.text = broken.joined(separator: "\n")
            fits = true
            let metrics = try canvas.measure(self.text, style: style)
            width = metrics.width
            height = metrics.height
            lineCount = broken.count
        } else {
            self.text = text
            fits = false
            let metrics = try canvas.measure(text, style: style, width: maxWidth, maxLines: maxLines)
            width = maxWidth
            height = metrics.height
            lineCount = metrics.lineCount
        }
    }

    /// Draws the text with the top-left corner of its block at `origin` (page millimetres).
    @discardableResult
    func draw(at origin: Point, canvas: Canvas) throws -> Rect {
        // Set lines are measured one by one: a hair more room keeps Pango from breaking one again.
        try canvas.text(text, style: style, at: origin, width: fits ? width + 0.01 : width, maxLines: fits ? nil : maxLines)
    }
}
